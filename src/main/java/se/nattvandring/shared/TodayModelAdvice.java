package se.nattvandring.shared;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page today's date in Stockholm, for what is in force today, such as an agreement's terms. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class TodayModelAdvice {

	private final Clock clock;

	TodayModelAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return StockholmTime.today(clock);
	}
}
