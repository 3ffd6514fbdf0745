package se.nattvandring.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.volunteer.TrainingDraft;
import se.nattvandring.volunteer.Walker;
import se.nattvandring.volunteer.WalkerDraft;
import se.nattvandring.volunteer.Walkers;

/**
 * Fifteen walkers per association, registered by its contact, with training confirmed by Nattvandring.nu. A few show
 * the rules: one who turns 18 soon, two never trained, two whose training has expired. All names are made up.
 */
@Component
class DemoWalkers {

	/** How a demo walker's training stands. */
	enum Training {
		VALID, NONE, EXPIRED
	}

	record Person(String name, String phone, @Nullable LocalDate birthDate, Training training) {
	}

	static final List<Person> AIK = List.of(
			new Person("Leila Andersson", "070-111 20 01", LocalDate.of(1988, 4, 12), Training.VALID),
			new Person("Anders Björk", "070-111 20 02", LocalDate.of(1975, 9, 3), Training.VALID),
			new Person("Birgitta Ek", "070-111 20 03", LocalDate.of(1962, 1, 22), Training.VALID),
			new Person("Carlos Mendes", "070-111 20 04", LocalDate.of(1983, 6, 30), Training.VALID),
			new Person("Dalia Hassan", "070-111 20 05", LocalDate.of(1991, 11, 8), Training.VALID),
			new Person("Erik Lund", "070-111 20 06", LocalDate.of(1969, 3, 17), Training.VALID),
			new Person("Fatima Ali", "070-111 20 07", LocalDate.of(1986, 12, 1), Training.VALID),
			new Person("Gustav Nyberg", "070-111 20 08", LocalDate.of(1958, 7, 25), Training.VALID),
			new Person("Hanna Sjöberg", "070-111 20 09", LocalDate.of(1994, 2, 14), Training.VALID),
			new Person("Ibrahim Kaya", "070-111 20 10", LocalDate.of(1979, 10, 5), Training.VALID),
			new Person("Johanna Wikström", "070-111 20 11", LocalDate.of(1972, 5, 19), Training.VALID),
			new Person("Kim Larsson", "070-111 20 12", LocalDate.of(2000, 8, 23), Training.NONE),
			new Person("Lars Öberg", "070-111 20 13", LocalDate.of(1966, 4, 2), Training.EXPIRED),
			new Person("Mira Nilsson", "070-111 20 14", LocalDate.of(1998, 9, 9), Training.VALID),
			new Person("Noah Berglund", "070-111 20 15", null, Training.VALID));

	static final List<Person> FOLKPARKEN = List.of(
			new Person("Olivia Strand", "070-222 30 01", LocalDate.of(1981, 3, 11), Training.VALID),
			new Person("Patrik Holm", "070-222 30 02", LocalDate.of(1970, 8, 28), Training.VALID),
			new Person("Rania Yousef", "070-222 30 03", LocalDate.of(1989, 1, 4), Training.VALID),
			new Person("Sven Dahl", "070-222 30 04", LocalDate.of(1955, 11, 30), Training.VALID),
			new Person("Tove Lindgren", "070-222 30 05", LocalDate.of(1993, 6, 16), Training.VALID),
			new Person("Ulf Sandberg", "070-222 30 06", LocalDate.of(1964, 2, 9), Training.VALID),
			new Person("Vera Engström", "070-222 30 07", LocalDate.of(1997, 10, 21), Training.VALID),
			new Person("William Ahmed", "070-222 30 08", LocalDate.of(1985, 5, 7), Training.VALID),
			new Person("Yasmin Eriksson", "070-222 30 09", LocalDate.of(1977, 12, 13), Training.VALID),
			new Person("Zlatan Petrović", "070-222 30 10", LocalDate.of(1990, 7, 2), Training.VALID),
			new Person("Agnes Falk", "070-222 30 11", LocalDate.of(1968, 9, 26), Training.VALID),
			new Person("Bo Hedlund", "070-222 30 12", LocalDate.of(1961, 4, 15), Training.EXPIRED),
			new Person("Cecilia Forsberg", "070-222 30 13", LocalDate.of(1999, 1, 31), Training.NONE),
			new Person("David Karlsson", "070-222 30 14", LocalDate.of(1987, 8, 8), Training.VALID),
			new Person("Elsa Wallin", "070-222 30 15", LocalDate.of(1995, 3, 3), Training.VALID));

	private final Walkers walkers;

	DemoWalkers(Walkers walkers) {
		this.walkers = walkers;
	}

	/**
	 * @param today the demo's first day; the one walker without a birth date in the list turns 18 three weeks later
	 * @return the walkers' ids in list order
	 */
	List<Long> register(long associationId, List<Person> people, CurrentUser contact, CurrentUser foundation,
			LocalDate today) {
		List<Long> ids = new ArrayList<>();
		for (Person person : people) {
			LocalDate birthDate = person.birthDate() != null ? person.birthDate() : today.plusWeeks(3).minusYears(18);
			Walker walker = walkers.register(associationId, new WalkerDraft(person.name(), person.phone(),
					email(person.name()), birthDate, LocalDate.of(2024, 8, 20).isAfter(today) ? today
							: LocalDate.of(2024, 8, 20)), contact);
			trainingOf(person.training(), today).ifPresent(draft ->
					walkers.recordTraining(walker.requiredId(), draft, foundation));
			ids.add(walker.requiredId());
		}
		return ids;
	}

	/** Connects the demo login “vandrare” to the walker of the same name, so the walker's pages have data. */
	void connect(long walkerId, CurrentUser account, CurrentUser contact) {
		walkers.connectAccount(walkerId, account, contact);
	}

	private static java.util.Optional<TrainingDraft> trainingOf(Training training, LocalDate today) {
		return switch (training) {
			case NONE -> java.util.Optional.empty();
			case VALID -> java.util.Optional.of(new TrainingDraft("Grundutbildning i nattvandring", "Nattvandring.nu",
					LocalDate.of(2024, 8, 15), null));
			case EXPIRED -> java.util.Optional.of(new TrainingDraft("Grundutbildning i nattvandring",
					"Nattvandring.nu", LocalDate.of(2022, 5, 10), LocalDate.of(2025, 5, 10).isBefore(today)
							? LocalDate.of(2025, 5, 10) : today.minusDays(1)));
		};
	}

	static String email(String name) {
		String ascii = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT),
				java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ø", "o");
		return ascii.replace(' ', '.') + "@exempel.se";
	}
}
