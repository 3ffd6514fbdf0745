package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskDecorator;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.nattvandring.support.IntegrationTest;

/** The request id a log line carries: the proxy's when it is a plain token, made here otherwise, and on other threads. */
@IntegrationTest
class RequestIdTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TaskDecorator decorator;

	@Test
	void theProxysIdIsKeptAndAnythingElseIsReplaced() {
		assertThat(mvc.get().uri("/login").header("X-Request-Id", "lb-7f3a9c21")).hasHeader("X-Request-Id",
				"lb-7f3a9c21");
		assertThat(mvc.get().uri("/login").header("X-Request-Id", "x\nforged line").exchange().getResponse()
			.getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
		assertThat(mvc.get().uri("/login").exchange().getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	@Test
	void aListenerOnAnotherThreadLogsUnderTheRequestsId() throws Exception {
		AtomicReference<String> seen = new AtomicReference<>();
		MDC.put("requestId", "req-12345678");
		Runnable decorated;
		try {
			decorated = decorator.decorate(() -> seen.set(MDC.get("requestId")));
		}
		finally {
			MDC.remove("requestId");
		}
		Thread other = new Thread(decorated);
		other.start();
		other.join();

		assertThat(seen.get()).isEqualTo("req-12345678");
	}
}
