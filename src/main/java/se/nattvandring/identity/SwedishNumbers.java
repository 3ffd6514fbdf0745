package se.nattvandring.identity;

/** Checks for Swedish organisation numbers (NNNNNN-NNNN) and bankgiro numbers (NNN-NNNN or NNNN-NNNN), both Luhn. */
public final class SwedishNumbers {

	private SwedishNumbers() {
	}

	public static boolean isValidOrganisationNumber(String number) {
		return number.matches("\\d{6}-?\\d{4}") && luhn(number.replace("-", ""));
	}

	public static boolean isValidBankgiro(String number) {
		return number.matches("\\d{3,4}-\\d{4}") && luhn(number.replace("-", ""));
	}

	/** Plusgiro: two to eight digits, the last a Luhn check digit, written with a dash before it ("4 12 34-5"). */
	public static boolean isValidPlusgiro(String number) {
		String digits = number.replace(" ", "").replace("-", "");
		return number.matches("[\\d ]{1,10}-?\\d") && digits.length() >= 2 && digits.length() <= 8 && luhn(digits);
	}

	/** A Peppol participant identifier as the SMP knows it: a four-digit ICD scheme, a colon, the identifier. */
	public static boolean isValidPeppolId(String id) {
		return id.matches("\\d{4}:[A-Za-z0-9.\\-_]{1,50}");
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}
}
