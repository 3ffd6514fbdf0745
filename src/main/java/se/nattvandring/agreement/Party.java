package se.nattvandring.agreement;

import org.springframework.data.relational.core.mapping.Table;

/** An organisation in its role in one agreement; organisations are referred to by id across the module boundary. */
@Table("agreement_party")
public record Party(long organisationId, PartyRole role) {
}
