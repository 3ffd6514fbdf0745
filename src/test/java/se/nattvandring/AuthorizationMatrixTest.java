package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/** Runs every cell of src/test/resources/authorization-matrix.csv, and keeps the file complete. */
@IntegrationTest
class AuthorizationMatrixTest {

	record Row(String method, String pattern, String path, String body, List<String> outcomes) {
	}

	static final List<String> ROLES = List.of("anonymous", "distrikt", "falt", "aik", "folkparken", "stiftelsen",
			"vandrare", "admin");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	static List<Row> matrix() throws IOException {
		List<Row> rows = new ArrayList<>();
		String csv = new ClassPathResource("authorization-matrix.csv").getContentAsString(StandardCharsets.UTF_8);
		for (String line : csv.lines().toList()) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
				continue;
			}
			String[] cells = line.split(",", -1);
			rows.add(new Row(cells[0], cells[1], cells[2], cells[3], List.of(cells).subList(4, cells.length)));
		}
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsWhatTheMatrixSays() throws IOException {
		DemoLogins logins = new DemoLogins(mvc);
		return matrix().stream().flatMap(row -> {
			assertThat(row.outcomes()).as(row.pattern()).hasSize(ROLES.size());
			return java.util.stream.IntStream.range(0, ROLES.size()).mapToObj(i -> DynamicTest.dynamicTest(
					row.method() + " " + row.path() + " as " + ROLES.get(i) + " -> " + row.outcomes().get(i),
					() -> assertOutcome(row.outcomes().get(i), call(row, ROLES.get(i), logins))));
		});
	}

	private MvcTestResult call(Row row, String role, DemoLogins logins) {
		var request = mvc.method(HttpMethod.valueOf(row.method())).uri(row.path());
		boolean api = row.path().startsWith("/api/");
		if (!role.equals("anonymous")) {
			if (api) {
				request.header("Authorization", DemoLogins.bearer(role));
			}
			else {
				request.session(logins.session(role));
			}
		}
		if (row.body().equals("form")) {
			request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		else if (row.body().equals("json")) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		return request.exchange();
	}

	private static void assertOutcome(String expected, MvcTestResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean toLogin = status == 302 && location != null && location.endsWith("/login");
		String actual = switch (status) {
			case 400 -> "bad";
			case 401, 403, 404 -> String.valueOf(status);
			default -> toLogin ? "login" : (status < 400 ? "ok" : String.valueOf(status));
		};
		assertThat(actual).as("status %s, redirect %s", status, location).isEqualTo(expected);
	}

	@Test
	void everyHandlerMappingIsInTheMatrix() throws IOException {
		Set<String> listed = new TreeSet<>();
		matrix().forEach(row -> listed.add(row.method() + " " + row.pattern()));
		Set<String> mapped = new TreeSet<>();
		handlerMapping.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue; // Boot's error page: reached only by forwarding, never as a route of its own
				}
				if (methods.isEmpty()) {
					mapped.add("ANY " + pattern);
				}
				methods.forEach(method -> mapped.add(method.name() + " " + pattern));
			}
		});

		assertThat(listed).as("routes missing from authorization-matrix.csv").containsAll(mapped);
		assertThat(mapped).as("rows in authorization-matrix.csv with no route behind them").containsAll(listed);
	}
}
