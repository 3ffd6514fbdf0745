package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * Errors a controller or the security filters answer are RFC 9457 problem details in the caller's language: a bad
 * parameter is named, a CSRF refusal says to reload, a refusal names the walk's status in the user's words. The ones no
 * controller answers are in {@link ProblemDetailsOverHttpTests}.
 */
@IntegrationTest
class ProblemDetailsEverywhereTests {

	/** An enum constant as the code spells it: COMPLETED, IN_PROGRESS. No user-facing text holds one. */
	static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)*\\b");

	@Autowired
	MockMvcTester mvc;

	@Test
	void aBadQueryParameterIsNamedAndNotCalledABadBody() {
		MvcTestResult result = mvc.get().uri("/api/v1/walks?from=igår")
			.header("Authorization", DemoLogins.bearer("distrikt")).exchange();

		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
		assertThat(result).bodyText().doesNotContain("JSON");
	}

	@Test
	void aBrowserSessionCallWithoutTheCsrfHeaderIsToldToReloadNotThatItsRoleMayNot() throws Exception {
		MvcTestResult result = mvc.post().uri("/api/v1/walks/1/check-out").cookie(new DemoLogins(mvc).session("aik"))
			.contentType(MediaType.APPLICATION_JSON).content("{}").exchange();

		assertProblem(result, 403, "Sidan behöver laddas om");
		assertThat(result).bodyJson().extractingPath("$.reason").isEqualTo("csrf");
	}

	@Test
	void aRefusalNamesTheWalksStatusInTheUsersWordsNotTheConstant() throws Exception {
		// Walk 1 is the seed season's first walk, paid by the demo's first basis.
		for (String language : new String[] { "sv", "en" }) {
			MvcTestResult result = mvc.post().uri("/api/v1/walks/1/check-out")
				.header("Authorization", DemoLogins.bearer("aik")).header("Accept-Language", language)
				.contentType(MediaType.APPLICATION_JSON).content("{}").exchange();

			assertProblem(result, 409, language.equals("sv") ? "Inte möjligt just nu" : null);
			assertThat(result).bodyJson().extractingPath("$.detail").asString()
				.contains(language.equals("sv") ? "(Utbetald)" : "(Paid)");
		}
	}

	private static void assertProblem(MvcTestResult result, int status, @Nullable String title) throws Exception {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
		if (title != null) {
			assertThat(result).bodyJson().extractingPath("$.title").isEqualTo(title);
		}
		assertNoConstantIn(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	static void assertNoConstantIn(String text) {
		assertThat(CONSTANT.matcher(text.replace("JSON", "").replace("HTTP", "").replace("API", "")).find())
			.as("an internal constant in %s", text).isFalse();
	}
}
