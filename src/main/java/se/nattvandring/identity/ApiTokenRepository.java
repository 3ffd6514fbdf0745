package se.nattvandring.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

	List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId);

	@Modifying
	@Query("update api_token set last_used_at = now() where id = :id")
	void touch(long id);
}
