package se.nattvandring.shared;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator watches beyond Boot's own request, pool and JVM metrics: reactions not yet done and how long the
 * oldest has waited. A gauge reads the database when scraped; while the database is away it says NaN rather than fail.
 */
@Component
public class OperationsMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	OperationsMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("nattvandring.events.incomplete", () -> read(() -> jdbc
			.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single()))
			.description("Event publications whose listener has not completed").register(registry);
		Gauge.builder("nattvandring.events.incomplete.oldest", () -> read(() -> jdbc.sql("""
				select coalesce(extract(epoch from now() - min(publication_date)), 0) from event_publication
				where completion_date is null""").query(Double.class).single()))
			.description("Age of the oldest incomplete event publication").baseUnit("seconds").register(registry);
	}

	/** A gauge's reading from the database, or NaN while the database is away, so a scrape never fails. */
	public static double read(Supplier<? extends Number> query) {
		try {
			return query.get().doubleValue();
		}
		catch (RuntimeException unavailable) {
			return Double.NaN;
		}
	}
}
