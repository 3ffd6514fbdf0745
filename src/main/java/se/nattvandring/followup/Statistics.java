package se.nattvandring.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.nattvandring.walk.ObservationCategory;
import se.nattvandring.walk.WalkStatistics;

/**
 * The figures of an agreement's period with what they are of; {@code associationId} is set when they are one
 * association's part. Counts only: nothing here names a person.
 */
public record Statistics(long agreementId, String agreementTitle, String caseNumber, @Nullable Long associationId,
		LocalDate from, LocalDate to, long plannedWalks, long walkedWalks, long approvedWalks, long paidWalks,
		long walkerNights, BigDecimal walkerHours, long uniqueWalkers, WalkStatistics.YouthContacts youthContacts,
		Map<ObservationCategory, Long> observationsByCategory, long observationsInvolvingUnder18,
		List<PlaceCoverage> placeCoverage, long agreedPlacesNeverVisited, long observationsAwayFromAgreedPlaces,
		List<MonthObservations> observationsByMonth, Cost cost, KeyFigures previous) {

	/**
	 * An agreed place of the plan in force at the period's end, and what the period's walks did there: how often it
	 * was on the route of a walk that went out (the plan), how often a team marked it visited, and what they saw.
	 */
	public record PlaceCoverage(long placeId, String name, BigDecimal latitude, BigDecimal longitude,
			long plannedVisits, long visits, long observations, long observationsInvolvingUnder18) {
	}

	/** One month's observations by category, every category present. */
	public record MonthObservations(YearMonth month, Map<ObservationCategory, Long> byCategory) {

		public long total() {
			return byCategory.values().stream().mapToLong(Long::longValue).sum();
		}

		/** The category seen most often that month; null when none was seen. */
		public @Nullable ObservationCategory mostCommon() {
			return byCategory.entrySet().stream().filter(e -> e.getValue() > 0)
				.max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		}
	}

	/**
	 * What the district paid for the period's units, per paid walk and per walker-hour of the paid walks; the ratios
	 * are null where nothing was paid.
	 */
	public record Cost(BigDecimal paidSek, @Nullable BigDecimal perPaidWalk, @Nullable BigDecimal perWalkerHour) {
	}

	/** The figures a trend or a comparison puts side by side. */
	public record KeyFigures(LocalDate from, LocalDate to, long plannedWalks, long walkedWalks, long approvedWalks,
			long walkerNights, BigDecimal walkerHours, long uniqueWalkers, long youthContacts, long observations,
			long observationsInvolvingUnder18, BigDecimal paidSek) {
	}

	/** The chart's scale: the tallest bar. */
	public long mostObservationsInAMonth() {
		return observationsByMonth.stream().mapToLong(MonthObservations::total).max().orElse(0);
	}

	public KeyFigures keyFigures() {
		return new KeyFigures(from, to, plannedWalks, walkedWalks, approvedWalks, walkerNights, walkerHours,
				uniqueWalkers, youthContacts.total(), observationsByCategory.values().stream().mapToLong(Long::longValue)
					.sum(), observationsInvolvingUnder18, cost.paidSek());
	}
}
