package se.nattvandring.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findByName(String name);

	Optional<Organisation> findByOrganisationNumber(String organisationNumber);

	List<Organisation> findAllByOrderByName();
}
