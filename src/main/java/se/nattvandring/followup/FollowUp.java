package se.nattvandring.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.payment.PaidAmounts;
import se.nattvandring.place.PlacePlans;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.PeriodChecks;
import se.nattvandring.walk.WalkStatistics;

/**
 * The figures of an agreement's period. The district, its field assistants, its board, Nattvandring.nu and the
 * administrator see the whole agreement; an association's contact sees its own part; a walker sees none of it.
 */
@Service
@Transactional(readOnly = true)
public class FollowUp {

	/** The longest period asked for at once: an agreement's term with its extension. */
	static final int LONGEST_PERIOD_YEARS = 3;

	/** One agreement's key figures for a comparison; {@code associationId} as in {@link Statistics}. */
	public record Compared(long agreementId, String title, String area, @Nullable Long associationId,
			Statistics.KeyFigures figures) {
	}

	/** Side by side on one screen: more columns than this are no longer readable at 375 px. */
	static final int MOST_COMPARED = 4;

	private final Agreements agreements;

	private final WalkStatistics statistics;

	private final PlacePlans plans;

	private final PaidAmounts paid;

	FollowUp(Agreements agreements, WalkStatistics statistics, PlacePlans plans, PaidAmounts paid) {
		this.agreements = agreements;
		this.statistics = statistics;
		this.plans = plans;
		this.paid = paid;
	}

	public Statistics statistics(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to,
			CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		Long association = partOf(agreement, user);
		requirePeriod(from, to);
		WalkStatistics.Figures figures = statistics.of(agreementId, association, from, to);
		var places = statistics.byMonthAndPlace(agreementId, association, from, to);
		List<Statistics.PlaceCoverage> coverage = coverage(agreementId, to, places);
		Set<Long> agreed = coverage.stream().map(Statistics.PlaceCoverage::placeId).collect(Collectors.toSet());
		long away = places.stream().filter(row -> row.placeId() == null || !agreed.contains(row.placeId()))
			.mapToLong(WalkStatistics.MonthAtPlace::observations).sum();
		List<Statistics.MonthObservations> months = statistics.observationsByMonth(agreementId, association, from, to)
			.entrySet().stream().map(month -> new Statistics.MonthObservations(month.getKey(), month.getValue()))
			.toList();
		BigDecimal paidSek = paid.paidFor(agreementId, association, from, to);
		Statistics.Cost cost = new Statistics.Cost(paidSek, perUnit(paidSek, BigDecimal.valueOf(figures.paidWalks())),
				perUnit(paidSek, figures.paidWalkerHours()));
		return new Statistics(agreementId, agreement.title(), agreement.caseNumber(), association, from, to,
				figures.plannedWalks(), figures.walkedWalks(), figures.approvedWalks(), figures.paidWalks(),
				figures.walkerNights(), figures.walkerHours(), figures.uniqueWalkers(), figures.youthContacts(),
				figures.observationsByCategory(), figures.observationsInvolvingUnder18(), coverage,
				coverage.stream().filter(place -> place.visits() == 0).count(), away, months, cost,
				keyFigures(agreementId, association, previousFrom(from, to), from.minusDays(1)));
	}

	/** Each month's counts at the agreed places, and the agreed places' names by id. */
	public record AgreedPlaceMonths(Map<Long, String> places, List<WalkStatistics.MonthAtPlace> months) {
	}

	/**
	 * The whole agreement's visits and observations by month and place, with the agreed places of the plan in force
	 * at the period's end: what open data publishes, the same for any reader of the follow-up. One statement for the
	 * counts, and the plan, after the same checks as {@link #statistics}.
	 */
	public AgreedPlaceMonths atAgreedPlaces(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to,
			CurrentUser user) {
		partOf(agreements.document(agreementId, user), user);
		requirePeriod(from, to);
		Map<Long, String> places = new HashMap<>();
		plans.inForceOn(agreementId, to).ifPresent(plan -> plan.places().forEach(p -> places.put(p.id(), p.name())));
		return new AgreedPlaceMonths(places, statistics.byMonthAndPlace(agreementId, null, from, to));
	}

	/** The agreements' key figures for one period, side by side, each as its reader may see it. */
	public List<Compared> compare(List<Long> agreementIds, @Nullable LocalDate from, @Nullable LocalDate to,
			CurrentUser user) {
		List<Long> chosen = agreementIds.stream().distinct().toList();
		List<FieldViolation> problems = new ArrayList<>(periodProblems(from, to));
		if (chosen.isEmpty() || chosen.size() > MOST_COMPARED) {
			problems.add(new FieldViolation("agreement", "followUp.error.compareCount", MOST_COMPARED));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Compared> compared = new ArrayList<>();
		for (long id : chosen) {
			AgreementDocument agreement = agreements.document(id, user);
			Long association = partOf(agreement, user);
			compared.add(new Compared(id, agreement.title(), agreement.area(), association,
					keyFigures(id, association, from, to)));
		}
		return compared;
	}

	/** The period just before, of the same length: what a trend is read against. */
	static LocalDate previousFrom(LocalDate from, LocalDate to) {
		return from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
	}

	private Statistics.KeyFigures keyFigures(long agreementId, @Nullable Long association, LocalDate from,
			LocalDate to) {
		WalkStatistics.Figures f = statistics.of(agreementId, association, from, to);
		return new Statistics.KeyFigures(from, to, f.plannedWalks(), f.walkedWalks(), f.approvedWalks(),
				f.walkerNights(), f.walkerHours(), f.uniqueWalkers(), f.youthContacts().total(),
				f.observationsByCategory().values().stream().mapToLong(Long::longValue).sum(),
				f.observationsInvolvingUnder18(), paid.paidFor(agreementId, association, from, to));
	}

	private static @Nullable BigDecimal perUnit(BigDecimal amount, BigDecimal units) {
		return units.signum() == 0 ? null : amount.divide(units, 2, RoundingMode.HALF_UP);
	}

	static void requirePeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
		requirePeriod(from, to, List.of());
	}

	/** Throws with the period's problems and those found before, all at once, so a form can show them together. */
	static void requirePeriod(@Nullable LocalDate from, @Nullable LocalDate to, List<FieldViolation> found) {
		List<FieldViolation> problems = new ArrayList<>(found);
		problems.addAll(periodProblems(from, to));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static List<FieldViolation> periodProblems(@Nullable LocalDate from, @Nullable LocalDate to) {
		List<FieldViolation> problems = new ArrayList<>(PeriodChecks.problems(from, to));
		if (problems.isEmpty() && ChronoUnit.YEARS.between(from, to) >= LONGEST_PERIOD_YEARS) {
			problems.add(new FieldViolation("to", "followUp.error.periodTooLong", LONGEST_PERIOD_YEARS));
		}
		return problems;
	}

	/** Most visited first; the places never visited last, where the follow-up asks why. */
	private List<Statistics.PlaceCoverage> coverage(long agreementId, LocalDate to,
			List<WalkStatistics.MonthAtPlace> rows) {
		Map<Long, long[]> byPlace = new HashMap<>();
		for (var row : rows) {
			if (row.placeId() != null) {
				long[] sums = byPlace.computeIfAbsent(row.placeId(), id -> new long[4]);
				sums[0] += row.plannedVisits();
				sums[1] += row.visits();
				sums[2] += row.observations();
				sums[3] += row.observationsInvolvingUnder18();
			}
		}
		return plans.inForceOn(agreementId, to).map(plan -> plan.places().stream().map(place -> {
			long[] sums = byPlace.getOrDefault(place.id(), new long[4]);
			return new Statistics.PlaceCoverage(place.id(), place.name(), place.latitude(), place.longitude(),
					sums[0], sums[1], sums[2], sums[3]);
		}).sorted(Comparator.comparingLong(Statistics.PlaceCoverage::visits).reversed()
			.thenComparing(Statistics.PlaceCoverage::name)).toList()).orElse(List.of());
	}

	/** Null for the whole agreement; an association's id for its own part. */
	static @Nullable Long partOf(AgreementDocument agreement, CurrentUser user) {
		if (user.has(Role.FOUNDATION)) {
			return null;
		}
		if (agreement.actsForPrincipal(user, Role.DISTRICT_COORDINATOR, Role.FIELD_ASSISTANT, Role.ATTESTER,
				Role.BOARD, Role.ADMIN) || user.has(Role.FIELD_ASSISTANT)
						&& agreement.hasParty(user.organisationId(), PartyRole.FIELD_ASSISTANTS)) {
			return null;
		}
		if (user.has(Role.ASSOCIATION_CONTACT) && agreement.hasParty(user.organisationId(), PartyRole.ASSOCIATION)) {
			return user.organisationId();
		}
		throw new AccessDeniedException("The follow-up is the parties' and the board's, not a walker's");
	}
}
