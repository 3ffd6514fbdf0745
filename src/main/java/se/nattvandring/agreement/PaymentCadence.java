package se.nattvandring.agreement;

public enum PaymentCadence {
	MONTHLY, QUARTERLY, AT_PERIOD_END
}
