package se.nattvandring.identity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.StringUtils;

/**
 * Passkeys (WebAuthn), so that a walker's phone signs in with a fingerprint: Spring Security's WebAuthn support, its
 * JDBC repositories in PostgreSQL (V32), and this installation as the relying party, named by its base URL. The one-time
 * e-mail link stays as the way in for whoever has no passkey on the phone in hand.
 */
@Configuration(proxyBeanMethods = false)
class Passkeys {

	/** One passkey as its owner sees it on the profile page. */
	record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	Webauthn4JRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, @Value("${nattvandring.base-url}") String baseUrl,
			@Value("${nattvandring.passkeys.rp-id:}") String rpId,
			@Value("${nattvandring.passkeys.allowed-origins:}") String origins) {
		URI base = URI.create(baseUrl);
		String origin = base.getScheme() + "://" + base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
		PublicKeyCredentialRpEntity party = PublicKeyCredentialRpEntity.builder().name("Nattvandring")
			.id(StringUtils.hasText(rpId) ? rpId : base.getHost()).build();
		Set<String> allowed = StringUtils.hasText(origins) ? StringUtils.commaDelimitedListToSet(origins)
				: Set.of(origin);
		return new Webauthn4JRelyingPartyOperations(users, credentials, party, allowed);
	}

	/** The signed-in person's passkeys, newest first; never another person's. */
	static List<Passkey> of(String username, PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials) {
		var entity = users.findByUsername(username);
		if (entity == null) {
			return List.of();
		}
		return credentials.findByUserId(entity.getId()).stream()
			.map(record -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
					record.getCreated(), record.getLastUsed()))
			.sorted((a, b) -> b.created().compareTo(a.created()))
			.toList();
	}

	/** Removes one of the person's own passkeys; another person's id removes nothing. */
	static boolean remove(String username, String credentialId, PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials) {
		var entity = users.findByUsername(username);
		if (entity == null) {
			return false;
		}
		Bytes id = Bytes.fromBase64(credentialId);
		boolean own = credentials.findByUserId(entity.getId()).stream()
			.anyMatch(record -> record.getCredentialId().equals(id));
		if (own) {
			credentials.delete(id);
		}
		return own;
	}
}
