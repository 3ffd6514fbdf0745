package se.nattvandring.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface DialogueMeetingRepository extends ListCrudRepository<DialogueMeeting, Long> {

	List<DialogueMeeting> findByAgreementIdOrderByHeldOnDescIdDesc(long agreementId, Pageable page);

	List<DialogueMeeting> findByAgreementIdAndHeldOnBetweenOrderByHeldOnAscIdAsc(long agreementId, LocalDate from,
			LocalDate to);
}
