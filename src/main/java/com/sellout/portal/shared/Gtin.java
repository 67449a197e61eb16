package com.sellout.portal.shared;

/**
 * EAN/GTIN barcodes: 8, 12, 13 or 14 digits whose last digit is the GS1 mod-10 check
 * digit.
 */
public final class Gtin {

	private Gtin() {
	}

	public static boolean isValid(String value) {
		if (value == null || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		int length = value.length();
		if (length != 8 && length != 12 && length != 13 && length != 14) {
			return false;
		}
		int sum = 0;
		for (int i = length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
			sum += (value.charAt(i) - '0') * weight;
		}
		return (10 - sum % 10) % 10 == value.charAt(length - 1) - '0';
	}

	/** Digits only: spaces and dashes people put into barcodes are dropped. */
	public static String normalise(String value) {
		return value == null ? "" : value.replaceAll("[\\s-]", "");
	}

}
