package se.nattvandring.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.nattvandring.shared.AuditableEvent;

/** What the payment module tells the others, and the audit trail. Amounts and counts; no person's data. */
public final class PaymentEvents {

	private PaymentEvents() {
	}

	// @formatter:off
	public record BasisPrepared(long basisId, long agreementId, long associationId, BigDecimal total, int units)
			implements AuditableEvent {
		public String entityType() { return "paymentBasis"; }
		public String entityId() { return String.valueOf(basisId); }
		public String action() { return "prepared"; }
		public Map<String, ?> changes() { return Map.of("total", total, "units", units); }
	}

	public record BasisIssued(long basisId, long agreementId, long associationId, BigDecimal total,
			List<Long> paidWalkIds) implements AuditableEvent {
		public String entityType() { return "paymentBasis"; }
		public String entityId() { return String.valueOf(basisId); }
		public String action() { return "issued"; }
		public Map<String, ?> changes() { return Map.of("status", "ISSUED", "total", total, "walks", paidWalkIds.size()); }
	}

	public record BasisAttested(long basisId, long agreementId, long associationId, BigDecimal total)
			implements AuditableEvent {
		public String entityType() { return "paymentBasis"; }
		public String entityId() { return String.valueOf(basisId); }
		public String action() { return "attested"; }
		public Map<String, ?> changes() { return Map.of("status", "ATTESTED"); }
	}

	public record BasisDiscarded(long basisId, long agreementId) implements AuditableEvent {
		public String entityType() { return "paymentBasis"; }
		public String entityId() { return String.valueOf(basisId); }
		public String action() { return "discarded"; }
		public Map<String, ?> changes() { return Map.of("status", "DRAFT"); }
	}

	public record SettingsChanged(long agreementId, PaymentSettings.Accounts before, PaymentSettings.Accounts after)
			implements AuditableEvent {
		public String entityType() { return "agreement"; }
		public String entityId() { return String.valueOf(agreementId); }
		public String action() { return "paymentSettingsChanged"; }
		public Map<String, ?> changes() { return Map.of("settings", List.of(String.valueOf(before), String.valueOf(after))); }
	}
	// @formatter:on
}
