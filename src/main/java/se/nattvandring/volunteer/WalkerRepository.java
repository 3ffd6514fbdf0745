package se.nattvandring.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WalkerRepository extends ListCrudRepository<Walker, Long> {

	Optional<Walker> findByUserAccountId(long userAccountId);

	@Query("select count(*) > 0 from walker where lower(email) = lower(:email) and id <> :exceptId")
	boolean emailTaken(String email, long exceptId);

	@Query("select id from walker where status = 'INACTIVE' and inactive_since <= :before order by id limit :limit")
	List<Long> inactiveSince(LocalDate before, int limit);

	/** Serialises sign-ups of one walker, so two requests cannot both pass the overlap check. */
	@Query("select id from walker where id = :id for update")
	Optional<Long> lock(long id);
}
