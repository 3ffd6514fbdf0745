package se.nattvandring.followup;

import org.springframework.data.repository.ListCrudRepository;

interface DialogueMeetingRepository extends ListCrudRepository<DialogueMeeting, Long>, DialogueMeetingReads {
}
