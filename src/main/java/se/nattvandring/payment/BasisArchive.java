package se.nattvandring.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.nattvandring.payment.BasisDocuments.Kind;
import se.nattvandring.shared.Hashes;

/**
 * The frozen record of an issued basis: its snapshot as JSON, and each document made from it with its SHA-256. Made at
 * issue and once more at attest, never again; downloads serve what is kept here.
 */
@Component
class BasisArchive {

	enum Stage {
		ISSUED, ATTESTED
	}

	/** A kept document: its bytes and their SHA-256 in hex. */
	record Kept(byte[] body, String sha256) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final BasisRenderer renderer;

	BasisArchive(JdbcClient jdbc, JsonMapper json, BasisRenderer renderer) {
		this.jdbc = jdbc;
		// The snapshot also carries derived values (such as whether a basis is a correction) for the reader's sake.
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.renderer = renderer;
	}

	/** At issue: keeps the snapshot and makes every document from it. */
	void freeze(BasisDocument live, Instant now) {
		long id = live.basis().id();
		String snapshot = json.writeValueAsString(live);
		jdbc.sql("insert into payment_basis_snapshot (basis_id, snapshot, taken_at) values (:id, :snapshot, :at)")
			.param("id", id).param("snapshot", snapshot).param("at", Timestamp.from(now)).update();
		keep(json.readValue(snapshot, BasisDocument.class), Stage.ISSUED, now);
	}

	/** At attest: the same snapshot with the attest added, and every document made once more. */
	void attested(PaymentBasis attested, String attesterName, Instant now) {
		BasisDocument frozen = snapshot(attested.id()).orElseThrow(
				() -> new IllegalStateException("Basis " + attested.id() + " was issued without a snapshot"));
		keep(new BasisDocument(attested, frozen.agreement(), frozen.district(), frozen.association(), frozen.booking(),
				frozen.preparedBy(), frozen.issuedBy(), attesterName, frozen.documentDate()), Stage.ATTESTED, now);
	}

	Optional<BasisDocument> snapshot(long basisId) {
		return jdbc.sql("select snapshot from payment_basis_snapshot where basis_id = :id").param("id", basisId)
			.query(String.class).optional().map(text -> json.readValue(text, BasisDocument.class));
	}

	/** The latest kept document of that kind, if the basis was issued. */
	Optional<Kept> document(long basisId, Kind kind) {
		return jdbc.sql("""
				select body, sha256 from payment_basis_document where basis_id = :id and kind = :kind
				order by case stage when 'ATTESTED' then 0 else 1 end limit 1""").param("id", basisId)
			.param("kind", kind.name()).query((rs, row) -> new Kept(rs.getBytes(1), rs.getString(2))).optional();
	}

	/** Every kept hash, by kind and stage, for the auditor. */
	Map<String, String> hashes(long basisId) {
		Map<String, String> hashes = new LinkedHashMap<>();
		jdbc.sql("select kind, stage, sha256 from payment_basis_document where basis_id = :id order by kind, stage")
			.param("id", basisId).query(rs -> {
				hashes.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
			});
		return hashes;
	}

	private void keep(BasisDocument document, Stage stage, Instant now) {
		for (Kind kind : Kind.values()) {
			byte[] body = renderer.render(document, kind);
			jdbc.sql("""
					insert into payment_basis_document (basis_id, kind, stage, body, sha256, made_at)
					values (:id, :kind, :stage, :body, :sha, :at)""").param("id", document.basis().id())
				.param("kind", kind.name()).param("stage", stage.name()).param("body", body)
				.param("sha", Hashes.sha256Hex(body)).param("at", Timestamp.from(now)).update();
		}
	}
}
