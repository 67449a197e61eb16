package com.sellout.portal.shared;

import java.math.BigInteger;

/**
 * ОГРН (13 digits, an organisation) and ОГРНИП (15 digits, an individual entrepreneur):
 * the last digit is the rest of the preceding number divided by 11 (ОГРН) or 13 (ОГРНИП),
 * taken mod 10.
 */
public final class Ogrn {

	private Ogrn() {
	}

	public static boolean isValid(String value) {
		if (value == null || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		if (value.length() == 13) {
			return check(value, 11);
		}
		if (value.length() == 15) {
			return check(value, 13);
		}
		return false;
	}

	/** An ОГРНИП (15 digits) belongs to an individual entrepreneur. */
	public static boolean isEntrepreneur(String value) {
		return value != null && value.length() == 15;
	}

	private static boolean check(String value, int divisor) {
		BigInteger body = new BigInteger(value.substring(0, value.length() - 1));
		int expected = body.mod(BigInteger.valueOf(divisor)).intValue() % 10;
		return expected == value.charAt(value.length() - 1) - '0';
	}

}
