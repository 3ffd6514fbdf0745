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
