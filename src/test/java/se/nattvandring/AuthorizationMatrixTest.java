package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * Runs every cell of src/test/resources/authorization-matrix.csv and keeps the file complete. A cell runs in a
 * transaction that is rolled back, and its outcome is read from what it did: "done" only if a table changed (a read
 * is done when it answers 200), "rule" if a rule refused it, "bad" if its input was refused, "none" if it was
 * accepted and changed nothing.
 */
@IntegrationTest
class AuthorizationMatrixTest {

	record Row(String method, String pattern, String path, String body, List<String> outcomes) {
	}

	static final List<String> ROLES = List.of("anonymous", "distrikt", "falt", "aik", "folkparken", "stiftelsen",
			"vandrare", "admin", "chef", "namnd");

	/** Flash attributes by which a page says a rule refused the request, or that its input was wrong. */
	private static final Set<String> REFUSALS = Set.of("refusal", "refusalText");

	private static final Set<String> INPUT_PROBLEMS = Set.of("problemText", "tokenError", "passwordError",
			"loanProblem");

	/** Written on every request or event, whatever the request does. */
	private static final Set<String> BOOKKEEPING = Set.of("event_publication");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	AuthorizationMatrixWorld world;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, Map<String, Long>> baselines = new HashMap<>();

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
		ROLES.stream().filter(role -> !role.equals("anonymous")).forEach(logins::session);
		return matrix().stream().flatMap(row -> {
			assertThat(row.outcomes()).as(row.path()).hasSize(ROLES.size());
			return IntStream.range(0, ROLES.size()).mapToObj(i -> DynamicTest.dynamicTest(
					row.method() + " " + row.path() + " as " + ROLES.get(i) + " -> " + row.outcomes().get(i),
					() -> assertThat(outcome(row, ROLES.get(i), logins)).isEqualTo(row.outcomes().get(i))));
		});
	}

	/** A row probed with a missing id only is allowed beside rows with real targets for the same route. */
	@Test
	void everyRouteThatTakesAnIdHasARowWithARealTarget() throws IOException {
		Map<String, Boolean> real = new TreeMap<>();
		for (Row row : matrix()) {
			if (row.pattern().contains("{")) {
				real.merge(row.method() + " " + row.pattern(), !row.path().contains("999999"), Boolean::logicalOr);
			}
		}
		assertThat(real).as("routes probed only with a missing id").doesNotContainValue(false);
	}

	private String outcome(Row row, String role, DemoLogins logins) {
		String path = world.resolve(row.path(), role);
		String body = world.resolve(row.body(), role);
		boolean api = path.startsWith("/api/");
		Map<String, Long> baseline = baselines.computeIfAbsent(role + api,
				key -> inRolledBackTransaction(() -> call("GET", api ? "/api/v1/agreements" : "/", "", role, logins),
						(result, changes) -> changes));
		return inRolledBackTransaction(() -> call(row.method(), path, body, role, logins),
				(result, changes) -> classify(row.method(), result, beyond(baseline, changes)));
	}

	private <T> T inRolledBackTransaction(java.util.function.Supplier<MvcTestResult> request,
			java.util.function.BiFunction<MvcTestResult, Map<String, Long>, T> reading) {
		return transactions.execute(status -> {
			// PostgreSQL's per-transaction counts may still hold earlier transactions of the same connection that
			// are not yet flushed; none are flushed within a transaction, so the difference is this request's.
			Map<String, Long> before = changedRows();
			MvcTestResult result = request.get();
			// A service that threw marked the transaction: on its own, its writes would have been undone.
			boolean undone = ((DefaultTransactionStatus) status).isGlobalRollbackOnly();
			Map<String, Long> changes = undone ? Map.of() : beyond(before, changedRows());
			status.setRollbackOnly();
			return reading.apply(result, changes);
		});
	}

	/** Rows inserted, updated or deleted per table, as PostgreSQL counts them for this connection. */
	private Map<String, Long> changedRows() {
		try {
			Map<String, Long> changes = new TreeMap<>();
			jdbc.sql("""
					select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_xact_user_tables
					where n_tup_ins + n_tup_upd + n_tup_del > 0
					""").query((rs, row) -> changes.put(rs.getString(1), rs.getLong(2))).list();
			BOOKKEEPING.forEach(changes::remove);
			return changes;
		}
		catch (org.springframework.dao.DataAccessException abortedTransaction) {
			return Map.of(); // a failed statement aborted the transaction: nothing of it would be kept
		}
	}

	private static Map<String, Long> beyond(Map<String, Long> baseline, Map<String, Long> changes) {
		Map<String, Long> own = new TreeMap<>(changes);
		baseline.forEach((table, count) -> own.computeIfPresent(table, (t, c) -> c > count ? c - count : null));
		return own;
	}

	private MvcTestResult call(String method, String path, String body, String role, DemoLogins logins) {
		var request = mvc.method(HttpMethod.valueOf(method)).uri(path);
		if (!role.equals("anonymous")) {
			if (path.startsWith("/api/")) {
				request.header("Authorization", DemoLogins.bearer(role));
			}
			else {
				request.cookie(logins.session(role));
			}
		}
		if (body.startsWith("form")) {
			request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(body.startsWith("form:") ? body.substring(5) : "");
		}
		else if (body.startsWith("csv:")) {
			// A member list: its lines separated by slashes, its cells by semicolons, read as Namn and Födelsedatum.
			return request.multipart().file(new org.springframework.mock.web.MockMultipartFile("file", "lista.csv",
					"text/csv", body.substring(4).replace('/', '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("name", "Namn").param("birthDate", "Födelsedatum").param("informedOn", "2026-11-01").exchange();
		}
		else if (body.startsWith("json")) {
			// The csv separates its cells by commas, so a JSON body in it separates its members by semicolons.
			request.contentType(MediaType.APPLICATION_JSON)
				.content(body.startsWith("json:") ? body.substring(5).replace(';', ',') : "{}");
		}
		return request.exchange();
	}

	private static String classify(String method, MvcTestResult result, Map<String, Long> changes) {
		var response = result.getResponse();
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status / 100 == 3 && location != null && location.matches("(.*/)?login(\\?.*)?")) {
			return "login";
		}
		if (status == 400) {
			return "bad";
		}
		if (status == 409 || status == 422) {
			return "rule";
		}
		if (status >= 400) {
			return String.valueOf(status);
		}
		if (method.equals("GET")) {
			return "done";
		}
		var flash = result.getMvcResult().getFlashMap();
		var view = result.getMvcResult().getModelAndView();
		Map<String, Object> model = view == null ? Map.of() : view.getModel();
		boolean refused = REFUSALS.stream().anyMatch(key -> flash.containsKey(key) || model.containsKey(key));
		boolean badInput = INPUT_PROBLEMS.stream().anyMatch(flash::containsKey) || model.values().stream()
			.anyMatch(value -> value instanceof BindingResult binding && binding.hasErrors());
		if (!changes.isEmpty()) {
			return refused || badInput ? "changed-yet-refused " + changes : "done";
		}
		return refused ? "rule" : badInput ? "bad" : "none";
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
