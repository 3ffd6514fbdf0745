package se.nattvandring.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The identity providers configured under {@code spring.security.oauth2.client.registration.*}: none, and the login
 * page offers only passwords and links; one or more, and it offers a button for each.
 */
@Component
class CityProviders {

	record Provider(String id, String name) {
	}

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	CityProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	boolean any() {
		return registrations.getIfAvailable() != null;
	}

	List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				ClientRegistration registration = (ClientRegistration) each;
				providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
			}
		}
		return providers;
	}
}
