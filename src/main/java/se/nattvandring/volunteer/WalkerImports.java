package se.nattvandring.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.shared.StockholmTime;

/**
 * An association's contact imports its member list: the file is read, each row checked by the same rules as the
 * walker form, and shown as new, already a walker (matched by e-mail, or by name and birth date where there is no
 * e-mail) or refused with its reasons. Nothing is stored as a walker until the contact confirms; a list imported again
 * finds its members already there and adds nobody twice.
 */
@Service
public class WalkerImports {

	/** Which of the file's columns holds what; a name may be two columns ("Förnamn+Efternamn"). */
	public record Columns(@Nullable String name, @Nullable String email, @Nullable String phone,
			@Nullable String birthDate) {
	}

	public enum Outcome {
		NEW, MATCHED, REFUSED
	}

	/** One row of the file, by its line number in it; a refused row says each reason. */
	public record Row(int line, Outcome outcome, @Nullable Long walkerId, List<FieldViolation> reasons) {
	}

	public record Preview(long id, int newWalkers, int matched, int refused, List<Row> rows) {
	}

	public record ImportResult(long id, int added, int matched, int refused) {
	}

	private static final Pattern PERSONNUMMER = Pattern.compile("^(\\d{2})?\\d{6}[-+]?\\d{4}$");

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");

	private final Walkers walkers;

	private final WalkerRepository repository;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WalkerImports(Walkers walkers, WalkerRepository repository, JdbcClient jdbc, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.walkers = walkers;
		this.repository = repository;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Preview preview(long associationId, byte[] file, Columns columns, @Nullable LocalDate informedOn,
			CurrentUser user) {
		walkers.association(associationId, user);
		walkers.requireManager(associationId, user);
		if (informedOn == null) {
			throw new InvalidInputException("informedOn", "error.required");
		}
		MemberListReader.Table table = MemberListReader.read(file);
		Map<String, Integer> index = index(table.columns());
		List<Integer> nameColumns = columns("name", columns.name(), index, true);
		List<Integer> emailColumn = columns("email", columns.email(), index, false);
		List<Integer> phoneColumn = columns("phone", columns.phone(), index, false);
		List<Integer> birthColumn = columns("birthDate", columns.birthDate(), index, true);

		Known known = known(associationId);
		LocalDate today = StockholmTime.today(clock);
		Set<String> seenEmails = new HashSet<>();
		Set<String> seenPeople = new HashSet<>();
		List<Row> rows = new ArrayList<>();
		List<WalkerDraft> drafts = new ArrayList<>();
		int line = 1;
		for (List<String> cells : table.rows()) {
			line++;
			String name = String.join(" ", nameColumns.stream().map(i -> cell(cells, i)).filter(s -> !s.isEmpty())
				.toList());
			String email = emailColumn.isEmpty() ? "" : cell(cells, emailColumn.get(0));
			String phone = phoneColumn.isEmpty() ? "" : cell(cells, phoneColumn.get(0));
			String born = cell(cells, birthColumn.get(0));
			LocalDate birthDate = date(born);
			String person = name.toLowerCase(Locale.ROOT) + "|" + birthDate;
			Long existing = !email.isEmpty() ? known.byEmail().get(email.toLowerCase(Locale.ROOT))
					: birthDate == null ? null : known.byPerson().get(person);
			if (existing != null) {
				rows.add(new Row(line, Outcome.MATCHED, existing, List.of()));
				continue;
			}
			List<FieldViolation> problems = new ArrayList<>();
			if (PERSONNUMMER.matcher(born.replace(" ", "")).matches()) {
				problems.add(new FieldViolation("birthDate", "walkerImport.error.personnummer"));
			}
			else if (!born.isEmpty() && birthDate == null) {
				problems.add(new FieldViolation("birthDate", "walkerImport.error.date"));
			}
			WalkerDraft draft = new WalkerDraft(name, phone, email, birthDate, informedOn);
			WalkerValidator.validate(draft, today, address -> known.emails().contains(address.toLowerCase(Locale.ROOT)))
				.stream().filter(problem -> problems.stream().noneMatch(p -> p.field().equals(problem.field())))
				.forEach(problems::add);
			boolean twice = !email.isEmpty() && !seenEmails.add(email.toLowerCase(Locale.ROOT))
					|| email.isEmpty() && !seenPeople.add(person);
			if (twice) {
				problems.add(new FieldViolation("row", "walkerImport.error.twice"));
			}
			rows.add(new Row(line, problems.isEmpty() ? Outcome.NEW : Outcome.REFUSED, null, problems));
			if (problems.isEmpty()) {
				drafts.add(draft);
			}
		}
		int matched = (int) rows.stream().filter(row -> row.outcome() == Outcome.MATCHED).count();
		int refused = rows.size() - matched - drafts.size();
		long id = jdbc.sql("""
				insert into walker_import (association_id, created_by, created_at, informed_on, drafts, new_count,
				matched_count, refused_count) values (:association, :by, :at, :informed, :drafts, :new, :matched,
				:refused) returning id""")
			.param("association", associationId).param("by", user.username())
			.param("at", Timestamp.from(clock.instant())).param("informed", informedOn)
			.param("drafts", json.writeValueAsString(drafts)).param("new", drafts.size()).param("matched", matched)
			.param("refused", refused).query(Long.class).single();
		return new Preview(id, drafts.size(), matched, refused, rows);
	}

	/**
	 * Stores the previewed new walkers. Confirmed again, it answers as the first time and adds nobody; a member who
	 * became a walker between the preview and now is counted as matched, not added twice.
	 */
	@Transactional
	public ImportResult confirm(long id, CurrentUser user) {
		record Pending(long associationId, String drafts, int matched, int refused, @Nullable Integer added) {
		}
		Pending pending = jdbc.sql("""
				select association_id, drafts, matched_count, refused_count, added_count from walker_import
				where id = :id for update""").param("id", id)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					(Integer) rs.getObject(5)))
			.optional().orElseThrow(() -> new NotFoundException("walkerImport", id));
		walkers.association(pending.associationId(), user);
		walkers.requireManager(pending.associationId(), user);
		if (pending.added() != null) {
			return new ImportResult(id, pending.added(), pending.matched(), pending.refused());
		}
		Known known = known(pending.associationId());
		List<WalkerDraft> drafts = json.readValue(pending.drafts(), new TypeReference<List<WalkerDraft>>() {
		});
		var now = clock.instant();
		List<Walker> fresh = drafts.stream()
			.filter(draft -> draft.email() == null || draft.email().isBlank()
					|| !known.emails().contains(draft.email().strip().toLowerCase(Locale.ROOT)))
			.map(draft -> Walker.register(pending.associationId(), draft, now)).toList();
		List<Long> ids = new ArrayList<>();
		repository.saveAll(fresh).forEach(walker -> ids.add(walker.requiredId()));
		int matched = pending.matched() + drafts.size() - fresh.size();
		jdbc.sql("""
				update walker_import set drafts = '[]', confirmed_at = :at, added_count = :added, matched_count = :matched
				where id = :id""").param("id", id).param("at", Timestamp.from(now)).param("added", ids.size())
			.param("matched", matched).update();
		events.publishEvent(new VolunteerEvents.WalkersImported(id, pending.associationId(), ids));
		return new ImportResult(id, ids.size(), matched, pending.refused());
	}

	/** Empties previews never confirmed; their counts stay, their people's details go. @return how many */
	@Transactional
	public int forgetUnconfirmedOlderThan(java.time.Duration age) {
		return jdbc.sql("""
				update walker_import set drafts = '[]', added_count = 0, confirmed_at = null
				where added_count is null and created_at < :before""")
			.param("before", Timestamp.from(clock.instant().minus(age))).update();
	}

	/** The association's walkers by e-mail and by name and birth date, and every e-mail any walker has. */
	private record Known(Map<String, Long> byEmail, Map<String, Long> byPerson, Set<String> emails) {
	}

	private Known known(long associationId) {
		Map<String, Long> byEmail = new HashMap<>();
		Map<String, Long> byPerson = new HashMap<>();
		Set<String> emails = new HashSet<>();
		jdbc.sql("""
				select id, association_id, lower(name) as name, lower(email) as email, birth_date from walker
				where status <> 'ANONYMISED'""").query(rs -> {
			String email = rs.getString("email");
			if (email != null) {
				emails.add(email);
			}
			if (rs.getLong("association_id") == associationId) {
				if (email != null) {
					byEmail.put(email, rs.getLong("id"));
				}
				byPerson.put(rs.getString("name") + "|" + rs.getObject("birth_date", LocalDate.class), rs.getLong("id"));
			}
		});
		return new Known(byEmail, byPerson, emails);
	}

	private static Map<String, Integer> index(List<String> header) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		return index;
	}

	private static List<Integer> columns(String field, @Nullable String mapped, Map<String, Integer> index,
			boolean required) {
		if (mapped == null || mapped.isBlank()) {
			if (required) {
				throw new InvalidInputException("columns." + field, "error.required");
			}
			return List.of();
		}
		List<Integer> found = new ArrayList<>();
		for (String name : mapped.split("\\+")) {
			Integer column = index.get(name.strip().toLowerCase(Locale.ROOT));
			if (column == null) {
				throw new InvalidInputException(List.of(new FieldViolation("columns." + field,
						"walkerImport.error.noSuchColumn", name.strip(), String.join(", ", index.keySet().stream()
							.sorted().toList()))));
			}
			found.add(column);
		}
		return found;
	}

	private static String cell(List<String> cells, int column) {
		return column < cells.size() ? cells.get(column).strip() : "";
	}

	private static @Nullable LocalDate date(String text) {
		for (DateTimeFormatter format : Arrays.asList(DateTimeFormatter.ISO_LOCAL_DATE, COMPACT)) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException notThisOne) {
				// the next form
			}
		}
		return null;
	}
}
