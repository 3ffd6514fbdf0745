package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The demo's passwords are public, so a demo is reachable only from the machine it runs on unless told otherwise. */
class DemoListensOnLoopbackTest {

	private final DemoListensOnLoopback processor = new DemoListensOnLoopback();

	private String addressWith(MockEnvironment environment) {
		processor.postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("server.address");
	}

	@Test
	void theDemoListensOnLoopback() {
		assertThat(addressWith(new MockEnvironment())).isEqualTo("127.0.0.1");
		assertThat(addressWith(new MockEnvironment().withProperty("nattvandring.demo", "true")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/nv"))).isEqualTo("127.0.0.1");
	}

	@Test
	void aRealInstallationOrAnExplicitAddressIsLeftAlone() {
		assertThat(addressWith(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/nv")))
			.isNull();
		assertThat(addressWith(new MockEnvironment().withProperty("nattvandring.demo", "false"))).isNull();
		assertThat(addressWith(new MockEnvironment().withProperty("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
	}
}
