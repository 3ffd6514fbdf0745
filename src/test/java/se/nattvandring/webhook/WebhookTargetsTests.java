package se.nattvandring.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a webhook may go in production: https to a public address, never this machine or an internal network. */
class WebhookTargetsTests {

	final WebhookTargets production = new WebhookTargets(false, false);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "none", textBlock = """
			https://93.184.215.14/hook,          none
			http://93.184.215.14/hook,           webhook.error.https
			ftp://93.184.215.14/hook,            webhook.error.https
			https://127.0.0.1/hook,              webhook.error.internal
			https://localhost/hook,              webhook.error.internal
			https://10.1.2.3/hook,               webhook.error.internal
			https://172.16.0.9/hook,             webhook.error.internal
			https://192.168.1.1/hook,            webhook.error.internal
			https://169.254.169.254/latest,      webhook.error.internal
			https://100.64.0.1/hook,             webhook.error.internal
			https://0.0.0.0/hook,                webhook.error.internal
			https://[::1]/hook,                  webhook.error.internal
			https://[fd00::1]/hook,              webhook.error.internal
			https://[fe80::1]/hook,              webhook.error.internal
			https://user:pw@93.184.215.14/hook,  webhook.error.url
			not a url,                           webhook.error.url
			""")
	void onlyHttpsToAPublicAddress(String url, String refusal) {
		assertThat(production.refusal(url).orElse(null)).isEqualTo(refusal);
	}

	@ParameterizedTest
	@CsvSource({ "http://127.0.0.1:8099/hook", "https://10.0.0.5/hook" })
	void aTestBedMayAllowHttpAndInternalAddresses(String url) {
		assertThat(new WebhookTargets(true, true).refusal(url)).isEmpty();
		assertThat(production.refusal(url)).isPresent();
	}
}
