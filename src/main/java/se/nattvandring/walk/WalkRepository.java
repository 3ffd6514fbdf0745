package se.nattvandring.walk;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WalkRepository extends ListCrudRepository<Walk, Long> {

	/** Walks the walker is on that overlap the interval, except one; cancelled walks do not count. */
	@Query("""
			select w.id from walk w join walk_signup s on s.walk_id = w.id
			where s.walker_id = :walkerId and w.id <> :exceptWalkId and w.status <> 'CANCELLED'
			  and w.starts_at < :endsAt and w.ends_at > :startsAt
			order by w.starts_at limit 1
			""")
	List<Long> overlapping(long walkerId, Instant startsAt, Instant endsAt, long exceptWalkId);
}
