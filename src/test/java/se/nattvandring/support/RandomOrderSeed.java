package se.nattvandring.support;

import java.security.SecureRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The suite runs its classes and methods in random order (junit-platform.properties), so that no test leans on
 * another having run first. The seed is chosen here, before discovery, and printed, so a failing order can be
 * replayed with {@code ./mvnw verify -Djunit.jupiter.execution.order.random.seed=<seed>}.
 */
public class RandomOrderSeed implements LauncherSessionListener {

	static final String SEED = "junit.jupiter.execution.order.random.seed";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String seed = System.getProperty(SEED);
		if (seed == null || seed.isBlank()) {
			seed = String.valueOf(new SecureRandom().nextLong());
			System.setProperty(SEED, seed);
		}
		System.out.println("Test order: random, seed " + seed + " (replay with -D" + SEED + "=" + seed + ")");
	}
}
