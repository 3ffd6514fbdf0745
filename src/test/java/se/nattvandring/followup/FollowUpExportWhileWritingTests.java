package se.nattvandring.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.nattvandring.support.DemoLogins;
import se.nattvandring.support.IntegrationTest;

/**
 * An export taken while a team's observations keep arriving agrees with itself: the key figure it prints equals the
 * sum of its own walk lines. The writer commits row after row beside the exports, so an export that read its parts in
 * separate snapshots would count different nights; the rows are removed again at the end.
 */
@IntegrationTest
class FollowUpExportWhileWritingTests {

	static final String AUTUMN = "?from=2024-09-01&to=2024-12-31";

	/** The walk line's column of observations: id, date, association, status, walkers, hours, visits, observations. */
	static final int OBSERVATIONS_COLUMN = 7;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void eachFileCountsOneMomentThoughObservationsArriveMeanwhile() throws Exception {
		long walk = jdbc.sql("""
				select min(id) from walk where agreement_id = 1 and status = 'PAID'
				  and walk_date between date '2024-09-01' and date '2024-12-31'""").query(Long.class).single();
		String label = messages.getMessage("evaluation.observationsTotal", null, Locale.forLanguageTag("sv"));
		List<Long> written = new CopyOnWriteArrayList<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			Future<?> arriving = writer.submit(() -> {
				while (writing.get()) {
					written.add(jdbc.sql("""
							insert into walk_observation (walk_id, category, under13, age13to15, age16to17, adults,
							    help_called, note_flagged, observed_at, received_at)
							values (:walk, 'OTHER', 0, 1, 0, 0, '', false, now(), now()) returning id""")
						.param("walk", walk).query(Long.class).single());
				}
			});
			int files = 0;
			while (files < 20 || written.size() < 50) {
				String csv = csv();
				long printed = keyFigure(csv, label);
				long summed = csv.lines().map(line -> line.split(";", -1))
					.filter(cells -> cells.length > OBSERVATIONS_COLUMN && cells[0].matches("\\d+"))
					.mapToLong(cells -> Long.parseLong(cells[OBSERVATIONS_COLUMN])).sum();
				assertThat(summed).as("export %d, with %d rows written so far", files, written.size())
					.isEqualTo(printed);
				files++;
			}
			writing.set(false);
			arriving.get(10, TimeUnit.SECONDS);
		}
		finally {
			writing.set(false);
			writer.shutdown();
			assertThat(writer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
			if (!written.isEmpty()) {
				jdbc.sql("delete from walk_observation where id in (:ids)").param("ids", written).update();
			}
		}
	}

	private String csv() {
		MvcTestResult file = mvc.get().uri("/api/v1/agreements/1/statistics.csv" + AUTUMN)
			.header("Authorization", DemoLogins.bearer("distrikt")).exchange();
		assertThat(file).hasStatusOk();
		return new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** This period's value of the key figure: the label, the period before, this period. */
	private static long keyFigure(String csv, String label) {
		return csv.lines().map(line -> line.split(";", -1)).filter(cells -> cells[0].equals(label)).findFirst()
			.map(cells -> Long.parseLong(cells[2])).orElseThrow();
	}
}
