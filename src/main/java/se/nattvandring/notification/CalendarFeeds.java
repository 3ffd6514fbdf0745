package se.nattvandring.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.Hashes;
import se.nattvandring.shared.NotFoundException;
import se.nattvandring.volunteer.VolunteerEvents;
import se.nattvandring.volunteer.Walker;
import se.nattvandring.volunteer.WalkerStatus;
import se.nattvandring.volunteer.Walkers;

/**
 * Secret calendar-feed addresses: a walker's own walks, and an association's walks for its contact. A calendar app
 * cannot sign in, so the address is the key. It is shown once when made and kept only as its hash; a new one ends the
 * old, which then answers 404.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

	/** Whose walks a feed shows: exactly one of the two is set. */
	public record Owner(@Nullable Long walkerId, @Nullable Long associationId) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Walkers walkers;

	private final Clock clock;

	private final String baseUrl;

	CalendarFeeds(JdbcClient jdbc, Walkers walkers, Clock clock, @Value("${nattvandring.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.walkers = walkers;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The user's own feed: a walker's walks, or for a contact their association's. */
	public Owner ownerFor(CurrentUser user) {
		Optional<Walker> self = walkers.self(user);
		if (self.isPresent()) {
			return new Owner(self.get().requiredId(), null);
		}
		if (user.has(Role.ASSOCIATION_CONTACT)) {
			return new Owner(null, user.organisationId());
		}
		throw new AccessDeniedException("Feeds are for walkers and associations");
	}

	/**
	 * A new address for the owner's feed; any earlier one stops answering. Only its hash is kept, so this is the one
	 * time the address can be shown.
	 */
	@Transactional
	public String issue(Owner owner) {
		end(owner);
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("insert into calendar_feed (" + column(owner) + ", secret_sha256, created_at) values (:id, :hash, :now)")
			.param("id", id(owner)).param("hash", Hashes.sha256Hex(secret))
			.param("now", java.sql.Timestamp.from(clock.instant())).update();
		return baseUrl + "/feeds/" + secret + ".ics";
	}

	/** When the owner's current address was made; empty when they have none. */
	public Optional<Instant> activeSince(Owner owner) {
		return jdbc.sql("select created_at from calendar_feed where revoked_at is null and " + column(owner) + " = :id")
			.param("id", id(owner)).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
	}

	/** Ends the owner's address without making a new one. */
	@Transactional
	public void revoke(Owner owner) {
		end(owner);
	}

	/** A deactivated walker's feed ends with their membership; reactivated, they are given a new address. */
	@ApplicationModuleListener
	void on(VolunteerEvents.WalkerDeactivated deactivated) {
		end(new Owner(deactivated.walkerId(), null));
	}

	private void end(Owner owner) {
		jdbc.sql("update calendar_feed set revoked_at = :now where revoked_at is null and " + column(owner) + " = :id")
			.param("now", java.sql.Timestamp.from(clock.instant())).param("id", id(owner)).update();
	}

	/**
	 * The feed's owner. A walker's feed answers only while they are active, even in the moment before the
	 * deactivation's event has ended it. The secret is found by its SHA-256 through a unique index: what an
	 * index lookup's timing could tell is about the hash, which gives nothing towards a secret of 192 random bits.
	 * @throws NotFoundException for an unknown or revoked secret, or an inactive walker's
	 */
	public Owner resolve(String secret) {
		Owner owner = jdbc
			.sql("select walker_id, association_id from calendar_feed where secret_sha256 = :hash and revoked_at is null")
			.param("hash", Hashes.sha256Hex(secret))
			.query((rs, row) -> new Owner(rs.getObject("walker_id", Long.class),
					rs.getObject("association_id", Long.class)))
			.optional().orElseThrow(() -> new NotFoundException("feed", "?"));
		if (owner.walkerId() != null && walkers.byIds(java.util.List.of(owner.walkerId())).stream()
			.noneMatch(walker -> walker.status() == WalkerStatus.ACTIVE)) {
			throw new NotFoundException("feed", "?");
		}
		return owner;
	}

	private static String column(Owner owner) {
		return owner.walkerId() != null ? "walker_id" : "association_id";
	}

	private static long id(Owner owner) {
		return owner.walkerId() != null ? owner.walkerId() : java.util.Objects.requireNonNull(owner.associationId());
	}
}
