package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/**
 * Malformed JSON, made by a seeded generator, sent to every API write as a role that may make it: none may answer
 * 5xx, and each refusal is a problem detail. Each case runs in a transaction that is rolled back. A failure names the
 * seed and the case, so it can be sent again.
 */
@IntegrationTest
class MalformedInputTest {

	static final long SEED = Long.getLong("malformed.seed", 20261202L);

	/**
	 * How many cases in all: by default twelve generated bodies per write beside the fixed ones, which keeps the build
	 * quick; {@code -Dmalformed.cases=10000} spreads at least that many over the writes (docs/security.md).
	 */
	static final int TOTAL = Integer.getInteger("malformed.cases", 0);

	/** Names the request bodies use, so that a malformed value lands where a handler reads it. */
	static final List<String> FIELDS = List.of("present", "at", "placeId", "placeIds", "category", "youth",
			"under13", "age13to15", "summary", "wentWell", "walkerId", "name", "email", "phone", "birthDate",
			"informedOn", "title", "parties", "minTeam", "maxTeam", "meetingPoint", "date", "start", "end",
			"agreementId", "associationId", "teamLeaderId", "lat", "lon", "note", "decision", "comment", "validFrom",
			"helpCalled", "firstDate", "lastDate", "weekdays", "periodStart", "periodEnd", "compensation", "criteria",
			"minWalkers", "minAge", "rateSek");

	static final List<String> VALUES = List.of("null", "[null]", "1.5", "true", "12", "\"\\u0000\"",
			"\"Anna\\u202Eevil\"", "\"a\\u0007b\"", "\"" + "x".repeat(5000) + "\"", "{}", "[]", "\"\"",
			"\"2025-13-45\"", "-1", "9999999999999999999999", "\"<script>alert(1)</script>\"", "[1.5]", "[\"x\"]",
			"{\"x\":null}", "[[null]]");

	static final List<String> WHOLE_BODIES = List.of("null", "[]", "[null]", "\"x\"", "1", "true", "{\"a\":",
			"{}");

	/** Bodies no endpoint can read as its object: each must be refused as bad input. */
	static final List<String> NOT_AN_OBJECT = List.of("[]", "[null]", "\"x\"", "1", "true", "{\"a\":");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuthorizationMatrixWorld world;

	@Autowired
	TransactionTemplate transactions;

	static Stream<Arguments> cases() throws IOException {
		Random random = new Random(SEED);
		List<Arguments> cases = new ArrayList<>();
		List<AuthorizationMatrixTest.Row> writes = new ArrayList<>();
		for (var row : AuthorizationMatrixTest.matrix()) {
			boolean write = row.method().equals("POST") || row.method().equals("PUT");
			// A role the matrix lets past the door (its cell is done, bad, rule or none): a refusal before
			// validation would prove nothing about the input.
			if (write && row.path().startsWith("/api/") && row.body().startsWith("json") && mayMake(row) != null) {
				writes.add(row);
			}
		}
		int generated = Math.max(12, -Math.floorDiv(-(TOTAL - WHOLE_BODIES.size() * writes.size()), writes.size()));
		for (var row : writes) {
			String role = mayMake(row);
			for (String whole : WHOLE_BODIES) {
				cases.add(Arguments.of(row.method(), row.path(), role, whole));
			}
			for (int i = 0; i < generated; i++) {
				StringBuilder body = new StringBuilder("{");
				int fields = 1 + random.nextInt(3);
				for (int f = 0; f < fields; f++) {
					body.append(f == 0 ? "" : ",").append('"').append(FIELDS.get(random.nextInt(FIELDS.size())))
						.append("\":").append(VALUES.get(random.nextInt(VALUES.size())));
				}
				cases.add(Arguments.of(row.method(), row.path(), role, body.append('}').toString()));
			}
		}
		return cases.stream();
	}

	static @org.jspecify.annotations.Nullable String mayMake(AuthorizationMatrixTest.Row row) {
		for (int i = 0; i < AuthorizationMatrixTest.ROLES.size(); i++) {
			if (List.of("done", "bad", "rule", "none").contains(row.outcomes().get(i))) {
				return AuthorizationMatrixTest.ROLES.get(i);
			}
		}
		return null;
	}

	@ParameterizedTest(name = "{0} {1} as {2}: {3}")
	@MethodSource("cases")
	void malformedInputIsRefusedWithAProblemDetailNeverA5xx(String method, String path, String role, String body) {
		MvcTestResult result = send(method, path, role, body);
		int status = result.getResponse().getStatus();

		// Accepted, refused for the input, refused by a rule about what it asks, or not found: never a server error,
		// and never "sign in first", since the role may make this call.
		assertThat(status).as("seed %s: %s %s %s", SEED, method, path, body)
			.satisfiesAnyOf(ok -> assertThat(ok).isBetween(200, 299), refused -> assertThat(refused).isIn(400, 403,
					404, 409, 422));
		if (NOT_AN_OBJECT.contains(body)) {
			assertThat(status).as("seed %s: a body that is no object: %s %s %s", SEED, method, path, body)
				.isEqualTo(400);
		}
		if (status >= 400) {
			assertThat(result.getResponse().getContentType()).as("seed %s: %s %s %s", SEED, method, path, body)
				.startsWith("application/problem+json");
		}
	}

	/** The inputs that answered 500 before, each refused now with the field it went wrong at. */
	@ParameterizedTest(name = "{1} {3} -> {4}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"POST|/api/v1/walks|aik|{\"agreementId\":2,\"placeIds\":[null]}|placeIds[0]",
			"POST|/api/v1/walks|aik|{\"agreementId\":2,\"minTeam\":1.5}|minTeam",
			"POST|/api/v1/walks/{tonight}/check-in|vandrare|{\"present\":[null]}|present[0]",
			"POST|/api/v1/agreements|distrikt|{\"parties\":[null]}|parties[0]",
			"POST|/api/v1/associations/2/walkers|aik|{\"name\":\"Anna\\u0000\"}|name",
			"POST|/api/v1/associations/2/walkers|aik|{\"name\":\"Anna\\u202Enna\"}|name",
			"POST|/api/v1/associations/2/walkers|aik|{\"name\":42}|name",
			"POST|/api/v1/walks/{inProgress}/visits|aik|null|body",
			"PUT|/api/v1/walks/{inProgress}/report|aik|null|body" })
	void eachNamedMalformedInputIsRefusedWithItsField(String method, String path, String role, String body,
			String field) {
		MvcTestResult result = send(method, path, role, body);

		assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	/** The body sent as the role, in a transaction that is rolled back, so the demo world stays as it was. */
	private MvcTestResult send(String method, String path, String role, String body) {
		String target = world.resolve(path, role);
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return mvc.method(HttpMethod.valueOf(method)).uri(target).header("Authorization", DemoLogins.bearer(role))
				.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
		});
	}

	@Test
	void theGeneratorMakesAFewHundredCases() throws IOException {
		if (TOTAL > 0) {
			assertThat(cases().count()).isGreaterThanOrEqualTo(TOTAL);
		}
		else {
			assertThat(cases().count()).isBetween(200L, 2000L);
		}
	}
}
