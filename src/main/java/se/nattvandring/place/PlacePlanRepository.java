package se.nattvandring.place;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PlacePlanRepository extends ListCrudRepository<PlacePlan, Long> {

	@Query("select coalesce(max(version_number), 0) from place_plan where agreement_id = :agreementId")
	int latestVersionNumber(long agreementId);
}
