package se.nattvandring.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.support.DemoUsers;
import se.nattvandring.support.IntegrationTest;

/**
 * Training valid on a date and age on a date have one definition each. Where SQL filters by the training rule (the
 * register's list and eligibility for a walk), it must answer as {@link Training#validOn} does on every boundary day.
 */
@IntegrationTest
class TrainingAndAgeRulesTests {

	static final LocalDate COMPLETED = LocalDate.of(2025, 3, 10);

	static final LocalDate VALID_UNTIL = LocalDate.of(2025, 6, 30);

	@Autowired
	Walkers walkers;

	@Autowired
	WalkerQueries queries;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2025-03-09", "2025-03-10", "2025-03-11", "2025-06-29", "2025-06-30", "2025-07-01" })
	void javaAndSqlAgreeOnTheDayTrainingStartsAndTheDayItEnds(LocalDate date) {
		long expiring = walkerTrained(VALID_UNTIL);
		long lasting = walkerTrained(null);

		for (long walker : List.of(expiring, lasting)) {
			boolean java = walkers.record(walker, contact()).trainedOn(date);
			boolean register = queries.byId(walker, date).orElseThrow().trained();
			boolean eligibility = queries.eligibilityFacts(List.of(walker), date).get(0).trainedOnDate();

			assertThat(register).as("the register's SQL on %s", date).isEqualTo(java);
			assertThat(eligibility).as("eligibility's SQL on %s", date).isEqualTo(java);
		}
		boolean inside = !date.isBefore(COMPLETED) && !date.isAfter(VALID_UNTIL);
		assertThat(walkers.record(expiring, contact()).trainedOn(date)).isEqualTo(inside);
		assertThat(walkers.record(lasting, contact()).trainedOn(date)).isEqualTo(!date.isBefore(COMPLETED));
	}

	@ParameterizedTest(name = "born {0}, on {1}: {2}")
	@CsvSource({ "2005-06-15,2025-06-14,19", "2005-06-15,2025-06-15,20", "2004-02-29,2024-02-28,19",
			"2004-02-29,2024-02-29,20", "2004-02-29,2025-02-28,20", "2004-02-29,2025-03-01,21",
			"2026-01-01,2025-12-31,-1" })
	void ageCountsWholeYearsAndTurnsOnTheBirthday(LocalDate born, LocalDate on, int years) {
		assertThat(AgeOnDate.yearsOn(born, on)).isEqualTo(years);
	}

	@Test
	void eligibilityAndTheRecordCountTheSameAge() {
		long walker = walkerTrained(null);
		LocalDate birthday = LocalDate.of(1980, 3, 3).plusYears(45);
		var facts = queries.eligibilityFacts(List.of(walker), birthday.minusDays(1)).get(0);
		var criteria = new se.nattvandring.agreement.CompletionCriteria(2, 45, false, java.time.LocalTime.of(18, 0),
				java.time.LocalTime.of(2, 0), 120, 7);

		assertThat(Eligibility.of(facts, birthday.minusDays(1), criteria).ageOnDate())
			.isEqualTo(walkers.record(walker, contact()).ageOn(birthday.minusDays(1))).isEqualTo(44);
		assertThat(Eligibility.of(facts, birthday, criteria).ageOnDate())
			.isEqualTo(walkers.record(walker, contact()).ageOn(birthday)).isEqualTo(45);
	}

	private long walkerTrained(@org.jspecify.annotations.Nullable LocalDate validUntil) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = walkers.register(DemoUsers.AIK, new WalkerDraft("Regel " + tag, null, "regel-" + tag + "@exempel.se",
				LocalDate.of(1980, 3, 3), LocalDate.of(2025, 1, 1)), contact()).requiredId();
		walkers.recordTraining(id, new TrainingDraft("Grund", "Nattvandring.nu", COMPLETED, validUntil), contact());
		return id;
	}

	private CurrentUser contact() {
		return DemoUsers.aikContact(jdbc);
	}
}
