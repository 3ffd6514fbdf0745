package se.nattvandring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.nattvandring.support.DemoLogins;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The errors no controller answers (an unknown path, a method, a media type or an Accept no route takes, a feed that
 * does not exist) reach the servlet container's error dispatch, which MockMvc does not perform. So these go over HTTP
 * to the app on a port, in the same context as the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsOverHttpTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@ParameterizedTest(name = "{0} {1} as {2} ({3}) → {5}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/v1/no-such-thing   |                  | application/json | sv | 404 | Finns inte
			GET    | /api/v1/no-such-thing   |                  | application/json | en | 404 | Not found
			GET    | /api/v1/no-such-thing   |                  | text/html        | sv | 404 | Finns inte
			DELETE | /api/v1/agreements      |                  | application/json | sv | 405 | Metoden stöds inte
			DELETE | /api/v1/agreements      |                  | application/json | en | 405 | Method not allowed
			GET    | /api/v1/agreements      |                  | application/xml  | sv | 406 | Svaret kan inte ges i det formatet
			POST   | /api/v1/walks           | text/plain       | application/json | sv | 415 | Innehållet har fel format
			POST   | /api/v1/walks           | text/plain       | application/json | en | 415 | Content in the wrong format
			GET    | /feeds/no-such-feed.ics |                  | text/calendar    | sv | 404 | Finns inte
			GET    | /feeds/no-such-feed.ics |                  | text/calendar    | en | 404 | Not found
			""")
	void errorsNoControllerAnsweredAreProblemDetailsInTheCallersLanguage(String method, String path,
			String contentType, String accept, String language, int status, String title) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", DemoLogins.bearer("aik")).header("Accept", accept)
			.header("Accept-Language", language);
		request = contentType == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
				: request.header("Content-Type", contentType).method(method,
						HttpRequest.BodyPublishers.ofString("planera en vandring"));

		HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("instance").asString()).isEqualTo(path);
		ProblemDetailsEverywhereTests.assertNoConstantIn(answer.body());
	}
}
