package se.nattvandring.identity;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;

import java.util.List;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findByName(String name);

	Optional<Organisation> findByOrganisationNumber(String organisationNumber);

	List<Organisation> findByKindOrderByName(OrganisationKind kind);

	/** The district itself and the organisations it works with, in name order. */
	@Query("""
			select o.* from organisation o
			where o.id = :district
			   or o.id in (select p.organisation_id from district_partner p where p.district_id = :district)
			order by o.name, o.id
			""")
	List<Organisation> findPartnersOf(long district);

	/** An organisation itself and the districts it works with, in name order. */
	@Query("""
			select o.* from organisation o
			where o.id = :organisation
			   or o.id in (select p.district_id from district_partner p where p.organisation_id = :organisation)
			order by o.name, o.id
			""")
	List<Organisation> findOwnAndDistrictsOf(long organisation);

	@Modifying
	@Query("""
			insert into district_partner (district_id, organisation_id, since) values (:district, :organisation, :since)
			on conflict do nothing
			""")
	int addPartner(long district, long organisation, java.sql.Timestamp since);
}
