package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import se.nattvandring.shared.Hashes;
import se.nattvandring.support.DebianPostgres;
import se.nattvandring.support.Instance;

/**
 * The documented backup and restore, run as an operator runs them: the demo world's season on Debian's PostgreSQL is
 * dumped with scripts/backup.sh, restored into a new database with scripts/restore.sh, and the app started on the copy
 * finds every row and every issued basis's documents as they were, and serves them with the same hashes.
 */
class BackupRestoreTests {

	@TempDir
	Path directory;

	@Test
	void aBackupOfTheDemoWorldRestoresAndTheAppStartsOnItWithTheSameCountsAndDocuments() throws Exception {
		try (DebianPostgres server = DebianPostgres.start(directory)) {
			server.run(List.of(server.program("createdb"), "season"), server.libpq("postgres"), false);
			Map<String, Long> counts;
			Map<String, String> documents;
			try (Instance original = Instance.start(server.jdbcUrl("season"), "original",
					"nattvandring.jobs.enabled=false")) {
				JdbcClient jdbc = original.bean(JdbcClient.class);
				assertThat(jdbc.sql("select count(*) from payment_basis_document").query(Long.class).single())
					.as("the demo world has issued bases with documents").isPositive();
			}
			counts = counts(server, "season");
			documents = documents(server, "season");

			String dump = server.run(List.of("scripts/backup.sh", directory.resolve("backups").toString()),
					server.libpq("season"), false).strip();
			server.run(List.of("scripts/restore.sh", dump, "restored"), server.libpq("postgres"), false);

			assertThat(counts(server, "restored")).isEqualTo(counts);
			assertThat(documents(server, "restored")).isEqualTo(documents);
			try (Instance restored = Instance.start(server.jdbcUrl("restored"), "restored",
					"nattvandring.jobs.enabled=false")) {
				assertThat(restored.get("/readyz").statusCode()).isEqualTo(200);
				Map<String, Long> after = counts(server, "restored");
				for (String table : List.of("organisation", "user_account", "agreement", "walker", "walk",
						"walk_attendance", "walk_observation", "payment_basis", "payment_basis_document", "audit_entry")) {
					assertThat(after.get(table)).as(table).isEqualTo(counts.get(table));
				}
				String first = documents.keySet().iterator().next();
				long basis = Long.parseLong(first.substring(0, first.indexOf('/')));
				HttpResponse<byte[]> sie = HttpClient.newHttpClient().send(HttpRequest
					.newBuilder(URI.create(restored.url("/api/v1/payment-bases/" + basis + "/sie")))
					.header("Authorization", "Bearer demo-token-distrikt").build(), HttpResponse.BodyHandlers.ofByteArray());
				assertThat(sie.statusCode()).isEqualTo(200);
				assertThat(documents).containsValue(Hashes.sha256Hex(sie.body()));
			}
		}
	}

	/** Rows in every table of the schema, Flyway's history included. */
	private static Map<String, Long> counts(DebianPostgres server, String database) {
		JdbcClient jdbc = jdbc(server, database);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
			.query(String.class).list()) {
			counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
		}
		return counts;
	}

	/** Each frozen document's stored hash, checked against its bytes as they are now. */
	private static Map<String, String> documents(DebianPostgres server, String database) {
		JdbcClient jdbc = jdbc(server, database);
		assertThat(jdbc.sql("select count(*) from payment_basis_document where sha256 <> encode(sha256(body), 'hex')")
			.query(Long.class).single()).as("documents whose bytes no longer match their hash").isZero();
		Map<String, String> hashes = new LinkedHashMap<>();
		jdbc.sql("select basis_id, kind, stage, sha256 from payment_basis_document order by basis_id, kind, stage")
			.query(rs -> {
				hashes.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getString(4));
			});
		return hashes;
	}

	private static JdbcClient jdbc(DebianPostgres server, String database) {
		return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(database),
				"postgres", ""));
	}
}
