package com.sellout.portal.shared;

/**
 * ИНН, the Russian taxpayer number: 10 digits for an organisation, 12 for a person, each
 * with check digits. Kept as text because leading zeros matter.
 */
public record Inn(String value) {

	private static final int[] W10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private static final int[] W11 = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private static final int[] W12 = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	public Inn {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Invalid INN: " + value);
		}
	}

	public static boolean isValid(String value) {
		if (value == null || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		if (value.length() == 10) {
			return checkDigit(value, W10) == digit(value, 9);
		}
		if (value.length() == 12) {
			return checkDigit(value, W11) == digit(value, 10) && checkDigit(value, W12) == digit(value, 11);
		}
		return false;
	}

	private static int checkDigit(String value, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * digit(value, i);
		}
		return sum % 11 % 10;
	}

	private static int digit(String value, int index) {
		return value.charAt(index) - '0';
	}

	@Override
	public String toString() {
		return value;
	}

}
