package se.nattvandring.place;

import org.springframework.data.repository.ListCrudRepository;

interface PlaceRepository extends ListCrudRepository<Place, Long> {
}
