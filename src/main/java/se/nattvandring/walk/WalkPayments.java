package se.nattvandring.walk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.shared.NotFoundException;

/**
 * What the payment module asks of walks: the approved walks not yet paid, with the counts a payment basis lists, and
 * the step that marks them paid when a basis is issued. Who may issue is the payment module's rule; this step only
 * guards the walk's own life.
 */
@Service
@Transactional(readOnly = true)
public class WalkPayments {

	/** An approved walk as a basis lists it: no names, only the counts that were paid for. */
	public record ApprovedWalk(long walkId, long associationId, LocalDate date, int walkers, int minutes) {
	}

	private final JdbcClient jdbc;

	private final WalkRepository repository;

	private final Clock clock;

	WalkPayments(JdbcClient jdbc, WalkRepository repository, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.clock = clock;
	}

	/** The agreement's approved walks dated in the period, of one association or all; oldest first, as they count. */
	public List<ApprovedWalk> approvedUnpaid(long agreementId, @org.jspecify.annotations.Nullable Long associationId,
			LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select w.id, w.association_id, w.walk_date,
				       (select count(*) from walk_attendance a where a.walk_id = w.id) as walkers,
				       coalesce(extract(epoch from (w.checked_out_at - w.checked_in_at)) / 60, 0) as minutes
				from walk w
				where w.agreement_id = :agreement and w.status = 'APPROVED'
				  and (cast(:association as bigint) is null or w.association_id = :association)
				  and w.walk_date between :from and :to
				order by w.walk_date, w.start_time, w.id""").param("agreement", agreementId)
			.param("association", associationId).param("from", from).param("to", to)
			.query((rs, row) -> new ApprovedWalk(rs.getLong("id"), rs.getLong("association_id"),
					rs.getObject("walk_date", LocalDate.class), rs.getInt("walkers"), (int) rs.getDouble("minutes")))
			.list();
	}

	/** An approved walk that waits for a basis: which agreement and association, and when it was walked. */
	public record WaitingForBasis(long agreementId, long associationId, LocalDate walked) {
	}

	/**
	 * For the coordinator's start page: one statement over all the agreements given, oldest first. The caller groups
	 * them by the agreement's own payment periods, which only the agreement knows.
	 */
	public List<WaitingForBasis> waitingForBasis(java.util.Collection<Long> agreementIds) {
		if (agreementIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select w.agreement_id, w.association_id, w.walk_date from walk w
				where w.agreement_id in (:agreements) and w.status = 'APPROVED'
				order by w.walk_date, w.agreement_id, w.association_id""")
			.param("agreements", agreementIds)
			.query((rs, row) -> new WaitingForBasis(rs.getLong("agreement_id"), rs.getLong("association_id"),
					rs.getObject("walk_date", LocalDate.class)))
			.list();
	}

	/** A walk that may still be paid, and whether the district has approved it yet. */
	public record WalkToBePaid(long walkId, long associationId, LocalDate date, boolean approved, int walkers) {
	}

	/**
	 * Every walk of the agreement that may still be paid: approved and unpaid, or on its way there (planned, under
	 * way, done, reported or returned), with the walkers present, or signed up while it is ahead. Oldest first, as
	 * they count; for a forecast to the period's end.
	 */
	public List<WalkToBePaid> stillToBePaid(long agreementId) {
		return jdbc.sql("""
				select w.id, w.association_id, w.walk_date, w.status = 'APPROVED' as approved,
				       coalesce(nullif((select count(*) from walk_attendance a where a.walk_id = w.id), 0),
				                (select count(*) from walk_signup s where s.walk_id = w.id)) as walkers
				from walk w
				where w.agreement_id = :agreement
				  and w.status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'RETURNED', 'APPROVED')
				order by w.walk_date, w.start_time, w.id""").param("agreement", agreementId)
			.query((rs, row) -> new WalkToBePaid(rs.getLong("id"), rs.getLong("association_id"),
					rs.getObject("walk_date", LocalDate.class), rs.getBoolean("approved"), rs.getInt("walkers")))
			.list();
	}

	/** Marks each walk paid by the issued basis; a walk that is not approved any more refuses, and so does the issue. */
	@Transactional
	public void markPaid(Collection<Long> walkIds, long basisId, CurrentUser user) {
		for (long walkId : walkIds) {
			Walk walk = repository.findById(walkId).orElseThrow(() -> new NotFoundException("walk", walkId));
			walk.markPaid(basisId, clock.instant(), user.username());
			repository.save(walk);
		}
	}
}
