package se.nattvandring.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may be sent, against server-side request forgery: {@code https} only, and never to this machine, a
 * private network, a link-local address (a cloud's metadata service) or a multicast group, unless an operator allows
 * it for a test bed. The address is checked when the endpoint is registered and again before every attempt, as a
 * name can be pointed elsewhere after it was accepted; redirects are never followed.
 */
@Component
class WebhookTargets {

	private final boolean allowHttp;

	private final boolean allowPrivate;

	WebhookTargets(@Value("${nattvandring.webhooks.allow-http:false}") boolean allowHttp,
			@Value("${nattvandring.webhooks.allow-private-targets:false}") boolean allowPrivate) {
		this.allowHttp = allowHttp;
		this.allowPrivate = allowPrivate;
	}

	/** @return the message key of the reason the address is refused, or empty when it may be used */
	Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException malformed) {
			return Optional.of("webhook.error.url");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getScheme() == null) {
			return Optional.of("webhook.error.url");
		}
		boolean https = uri.getScheme().equalsIgnoreCase("https");
		if (!https && !(allowHttp && uri.getScheme().equalsIgnoreCase("http"))) {
			return Optional.of("webhook.error.https");
		}
		if (allowPrivate) {
			return Optional.empty();
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (isInternal(address)) {
					return Optional.of("webhook.error.internal");
				}
			}
		}
		catch (UnknownHostException unknown) {
			return Optional.of("webhook.error.unknownHost");
		}
		return Optional.empty();
	}

	static boolean isInternal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress() || carrierGradeNat || uniqueLocalV6;
	}
}
