package se.nattvandring.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.agreement.PartyRole;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
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

	/** The figures with what they are of; {@code associationId} is set when they are one association's part. */
	public record Statistics(long agreementId, String agreementTitle, String caseNumber,
			@Nullable Long associationId, LocalDate from, LocalDate to, long plannedWalks, long walkedWalks,
			long approvedWalks, long paidWalks, long walkerNights, java.math.BigDecimal walkerHours, long uniqueWalkers,
			WalkStatistics.YouthContacts youthContacts,
			java.util.Map<se.nattvandring.walk.ObservationCategory, Long> observationsByCategory,
			long observationsInvolvingUnder18, List<PlaceCoverage> placeCoverage, long agreedPlacesNeverVisited) {
	}

	/** An agreed place of the plan in force at the period's end, and how often the period's walks visited it. */
	public record PlaceCoverage(long placeId, String name, long visits) {
	}

	private final Agreements agreements;

	private final WalkStatistics statistics;

	private final PlacePlans plans;

	FollowUp(Agreements agreements, WalkStatistics statistics, PlacePlans plans) {
		this.agreements = agreements;
		this.statistics = statistics;
		this.plans = plans;
	}

	public Statistics statistics(long agreementId, @Nullable LocalDate from, @Nullable LocalDate to,
			CurrentUser user) {
		AgreementDocument agreement = agreements.document(agreementId, user);
		Long association = partOf(agreement, user);
		List<FieldViolation> problems = new ArrayList<>(PeriodChecks.problems(from, to));
		if (problems.isEmpty() && ChronoUnit.YEARS.between(from, to) >= LONGEST_PERIOD_YEARS) {
			problems.add(new FieldViolation("to", "followUp.error.periodTooLong", LONGEST_PERIOD_YEARS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		WalkStatistics.Figures figures = statistics.of(agreementId, association, from, to);
		List<PlaceCoverage> coverage = coverage(agreementId, association, from, to);
		return new Statistics(agreementId, agreement.title(), agreement.caseNumber(), association, from, to,
				figures.plannedWalks(), figures.walkedWalks(), figures.approvedWalks(), figures.paidWalks(),
				figures.walkerNights(), figures.walkerHours(), figures.uniqueWalkers(), figures.youthContacts(),
				figures.observationsByCategory(), figures.observationsInvolvingUnder18(), coverage,
				coverage.stream().filter(place -> place.visits() == 0).count());
	}

	/** Most visited first; the places never visited last, where the follow-up asks why. */
	private List<PlaceCoverage> coverage(long agreementId, @Nullable Long association, LocalDate from, LocalDate to) {
		var visits = statistics.visitsByPlace(agreementId, association, from, to);
		return plans.inForceOn(agreementId, to).map(plan -> plan.places().stream()
			.map(place -> new PlaceCoverage(place.id(), place.name(), visits.getOrDefault(place.id(), 0L)))
			.sorted(java.util.Comparator.comparingLong(PlaceCoverage::visits).reversed()
				.thenComparing(PlaceCoverage::name))
			.toList()).orElse(List.of());
	}

	/** Null for the whole agreement; an association's id for its own part. */
	private static @Nullable Long partOf(AgreementDocument agreement, CurrentUser user) {
		if (user.isAdmin() || user.has(Role.FOUNDATION)) {
			return null;
		}
		boolean district = user.has(Role.DISTRICT_COORDINATOR) || user.has(Role.FIELD_ASSISTANT)
				|| user.has(Role.ATTESTER) || user.has(Role.BOARD);
		if (district && (agreement.hasParty(user.organisationId(), PartyRole.PRINCIPAL)
				|| agreement.hasParty(user.organisationId(), PartyRole.FIELD_ASSISTANTS))) {
			return null;
		}
		if (user.has(Role.ASSOCIATION_CONTACT) && agreement.hasParty(user.organisationId(), PartyRole.ASSOCIATION)) {
			return user.organisationId();
		}
		throw new AccessDeniedException("The follow-up is the parties' and the board's, not a walker's");
	}
}
