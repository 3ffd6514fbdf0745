package se.nattvandring.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	/** The user's personal tokens, for the profile page; scoped passes come and go with their walk and are not shown. */
	@Query("""
			select * from api_token where user_id = :userId and revoked_at is null and allowed_requests is null
			order by created_at desc
			""")
	List<ApiToken> personalTokens(long userId);

	@Query("""
			select * from api_token where name = :name and allowed_requests is not null and revoked_at is null
			  and expires_at > :now order by created_at
			""")
	List<ApiToken> liveScoped(String name, java.time.Instant now);

	@Modifying
	@Query("""
			update api_token set revoked_at = :at, revoked_reason = :reason
			where name = :name and allowed_requests is not null and revoked_at is null
			  and (:userId < 0 or user_id = :userId)
			""")
	int revokeScoped(String name, long userId, java.time.Instant at, String reason);

	@Modifying
	@Query("update api_token set last_used_at = now() where id = :id")
	void touch(long id);
}
