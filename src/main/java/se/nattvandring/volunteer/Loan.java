package se.nattvandring.volunteer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A vest or jacket lent to a walker; open until it is returned. */
@Table("walker_loan")
public record Loan(String item, LocalDate lentOn, @Nullable LocalDate returnedOn) {

	public boolean open() {
		return returnedOn == null;
	}
}
