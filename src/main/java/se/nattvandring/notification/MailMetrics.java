package se.nattvandring.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.nattvandring.shared.OperationsMetrics;

/** Mails logged but neither delivered nor failed, and mails that failed, for an operator's alert on SMTP. */
@Component
class MailMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	MailMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("nattvandring.mails.waiting", () -> count("sent_at is null and failure is null"))
			.description("Mails not yet delivered (always all of them when no SMTP server is configured)")
			.register(registry);
		Gauge.builder("nattvandring.mails.failed", () -> count("failure is not null"))
			.description("Mails the SMTP server refused").register(registry);
	}

	private double count(String condition) {
		return OperationsMetrics.read(
				() -> jdbc.sql("select count(*) from mail_message where " + condition).query(Long.class).single());
	}
}
