package se.nattvandring.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	@Query("select * from user_account where lower(email) = lower(:email)")
	Optional<UserAccount> findByEmail(String email);

	@Query("""
			select u.* from user_account u join user_role r on r.user_id = u.id
			where u.organisation_id = :organisationId and r.role = :role and u.enabled and u.email is not null
			order by u.id
			""")
	List<UserAccount> findReachable(long organisationId, String role);

	@Query("""
			select u.* from user_account u join user_role r on r.user_id = u.id
			where r.role = 'INSTALLATION_ADMIN' and u.enabled and u.email is not null
			order by u.id limit 1
			""")
	Optional<UserAccount> findInstallationContact();
}
