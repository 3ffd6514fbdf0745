package se.nattvandring.agreement;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

	@Query("select exists (select 1 from agreement where lower(case_number) = lower(:caseNumber) and id <> :exceptId)")
	boolean caseNumberTaken(String caseNumber, long exceptId);
}
