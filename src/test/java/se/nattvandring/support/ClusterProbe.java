package se.nattvandring.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A reaction for the cluster test: on the instance named {@code instance-a} it fails, as a listener does whose instance
 * stops before it is done; on any other it records its effect. The effects are counted in this JVM, where the test's
 * instances run.
 */
@Component
public class ClusterProbe {

	public record Probe(UUID id) {
	}

	public static final Map<UUID, AtomicInteger> EFFECTS = new ConcurrentHashMap<>();

	private final String instance;

	ClusterProbe(Environment environment) {
		this.instance = environment.getProperty("spring.application.name", "");
	}

	@ApplicationModuleListener
	void on(Probe probe) {
		if (instance.equals("instance-a")) {
			throw new IllegalStateException("instance-a stops before this reaction is done");
		}
		EFFECTS.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet();
	}
}
