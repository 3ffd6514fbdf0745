package se.nattvandring.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default run's database: kept between runs, and never shared by two instances. */
class EmbeddedPostgresConfigurationTest {

	final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	@Test
	void dataSurvivesARestartAndASecondInstanceIsRefused(@TempDir Path directory) throws Exception {
		String dir = directory.resolve("postgres").toString();
		try (EmbeddedPostgres first = configuration.embeddedPostgres(dir)) {
			DataSource dataSource = configuration.dataSource(first);
			JdbcClient.create(dataSource).sql("create table kept (value text)").update();
			JdbcClient.create(dataSource).sql("insert into kept values ('Älvsjö')").update();
			((HikariDataSource) dataSource).close();

			assertThatThrownBy(() -> configuration.embeddedPostgres(dir))
				.isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageContaining("in use by another running Nattvandring").hasMessageContaining(dir);
		}

		try (EmbeddedPostgres again = configuration.embeddedPostgres(dir)) {
			DataSource dataSource = configuration.dataSource(again);
			assertThat(JdbcClient.create(dataSource).sql("select value from kept").query(String.class).single())
				.isEqualTo("Älvsjö");
			((HikariDataSource) dataSource).close();
		}
	}
}
