package se.nattvandring.agreement;

import java.util.List;
import java.util.Map;

import se.nattvandring.shared.AuditableEvent;

/** What the agreement module tells the rest of the product. */
public final class AgreementEvents {

	private AgreementEvents() {
	}

	public record AgreementCreated(long agreementId, Map<String, String> terms) implements AuditableEvent {
		@Override
		public String entityType() {
			return "agreement";
		}

		@Override
		public String entityId() {
			return String.valueOf(agreementId);
		}

		@Override
		public String action() {
			return "created";
		}

		@Override
		public Map<String, ?> changes() {
			return terms;
		}
	}

	/** @param changes each changed field with its value before and after */
	public record AgreementRevised(long agreementId, Map<String, List<String>> changes) implements AuditableEvent {
		@Override
		public String entityType() {
			return "agreement";
		}

		@Override
		public String entityId() {
			return String.valueOf(agreementId);
		}

		@Override
		public String action() {
			return "revised";
		}
	}
}
