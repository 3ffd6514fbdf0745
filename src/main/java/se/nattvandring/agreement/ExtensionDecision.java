package se.nattvandring.agreement;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A recorded decision to extend the agreement, for example the board's decision to continue through 2025. */
@Table("agreement_extension")
public record ExtensionDecision(LocalDate extendedTo, LocalDate decidedOn, String decidedBy, String reference) {
}
