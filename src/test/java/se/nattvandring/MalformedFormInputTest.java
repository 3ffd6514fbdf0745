package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;
import se.nattvandring.support.Templates;

/**
 * Malformed form input, made by a seeded generator, posted to every page form as a role that may use it: none may
 * answer 5xx, and no script comes back, neither in the answer (reflected) nor on the page the form leads to, which
 * shows what was stored. Each case runs in a transaction that is rolled back; a failure names the seed and the case.
 */
@IntegrationTest
class MalformedFormInputTest {

	static final long SEED = Long.getLong("malformed.seed", 20261202L);

	/** Markup that would run if a page wrote it out as it came. Thymeleaf's th:text escapes it; th:utext would not. */
	static final List<String> SCRIPTS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'><svg onload=alert(1)>", "javascript:alert(1)");

	static final List<String> VALUES = List.of("", " ", "\u0000", "Anna\u202Eevil", "a\u0007b", "x".repeat(5000),
			"1.5", "-1", "1e309", "9999999999999999999999", "2025-13-45", "25:99", "true", "null", "ÅÄÖ åäö",
			"1,5", "%00", "../../etc/passwd", "850709-9805");

	/** Where a raw script would show. */
	private static final Pattern RAW = Pattern.compile("<script>alert|<img src=x onerror|<svg onload");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuthorizationMatrixWorld world;

	@Autowired
	TransactionTemplate transactions;

	/** Every field name the page forms post, read from the templates. */
	static Set<String> formFields() throws IOException {
		Pattern named = Pattern.compile("(?:\\sname=\"|th:field=\"\\*\\{)([A-Za-z][A-Za-z0-9.]*)");
		Set<String> fields = Templates.found(named);
		fields.remove("_csrf");
		return fields;
	}

	static Stream<Arguments> cases() throws IOException {
		Random random = new Random(SEED);
		List<String> fields = new ArrayList<>(formFields());
		List<Arguments> cases = new ArrayList<>();
		for (var row : AuthorizationMatrixTest.matrix()) {
			if (!row.method().equals("POST") || row.path().startsWith("/api/") || !row.body().startsWith("form")
					|| row.path().contains("999999") || row.path().contains("logout")) {
				continue;
			}
			String role = allowedRole(row);
			if (role == null) {
				continue;
			}
			for (int i = 0; i < 5; i++) {
				// Every field any form posts, each with its own value, so every field of this form gets one.
				StringBuilder body = new StringBuilder(row.body().startsWith("form:") ? row.body().substring(5) : "");
				for (String field : fields) {
					String value = random.nextInt(3) == 0 ? VALUES.get(random.nextInt(VALUES.size()))
							: SCRIPTS.get(random.nextInt(SCRIPTS.size()));
					body.append(body.isEmpty() ? "" : "&").append(field).append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
				cases.add(Arguments.of(row.path(), role, body.toString()));
			}
		}
		return cases.stream();
	}

	/** The first role the matrix lets through to the form's own checks. */
	private static String allowedRole(AuthorizationMatrixTest.Row row) {
		for (int i = 1; i < AuthorizationMatrixTest.ROLES.size(); i++) {
			if (Set.of("done", "bad", "rule", "none").contains(row.outcomes().get(i))) {
				return AuthorizationMatrixTest.ROLES.get(i);
			}
		}
		return null;
	}

	@ParameterizedTest(name = "{0} as {1}: {2}")
	@MethodSource("cases")
	void malformedFormInputNeverAnswers5xxAndNeverComesBackAsAScript(String path, String role, String body) {
		DemoLogins logins = new DemoLogins(mvc);
		String target = world.resolve(path, role);
		String failure = transactions.execute(status -> {
			status.setRollbackOnly();
			try {
				return check(target, role, body, logins);
			}
			catch (IllegalStateException unresolved) {
				// MockMvc throws what a server would answer 500 for.
				return "threw " + rootOf(unresolved);
			}
		});

		assertThat(failure).as("seed %s: POST %s as %s with %s", SEED, path, role, body).isNull();
	}

	private static String rootOf(Throwable thrown) {
		Throwable root = thrown;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		StackTraceElement where = java.util.Arrays.stream(root.getStackTrace())
			.filter(frame -> frame.getClassName().startsWith("se.nattvandring")).findFirst().orElse(null);
		return root + (where == null ? "" : " at " + where);
	}

	private String check(String target, String role, String body, DemoLogins logins) {
		{
			MvcTestResult posted = mvc.method(HttpMethod.POST).uri(target).cookie(logins.session(role)).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body).exchange();
			int code = posted.getResponse().getStatus();
			if (code >= 500) {
				return "answered " + code;
			}
			if (RAW.matcher(text(posted)).find()) {
				return "reflected a script";
			}
			String next = posted.getResponse().getRedirectedUrl();
			if (code / 100 == 3 && next != null && next.startsWith("/") && !next.startsWith("/login")) {
				MvcTestResult page = mvc.get().uri(next).cookie(logins.session(role)).exchange();
				if (page.getResponse().getStatus() >= 500) {
					return "the page after it answered " + page.getResponse().getStatus();
				}
				if (RAW.matcher(text(page)).find()) {
					return "the page after it showed a stored script";
				}
			}
			return null;
		}
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@Test
	void theGeneratorCoversEveryFormWithAFewHundredCases() throws IOException {
		assertThat(formFields()).contains("name", "note", "email", "summary");
		assertThat(cases().count()).isBetween(200L, 600L);
	}
}
