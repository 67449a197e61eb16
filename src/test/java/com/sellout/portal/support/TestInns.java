package com.sellout.portal.support;

/**
 * Valid ИНН for tests, different for each seed (so tests never collide in the shared
 * database).
 */
public final class TestInns {

	private static final int[] W10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private TestInns() {
	}

	/** A valid 10-digit (organisation) ИНН starting with the region code 77. */
	public static String organisation(int seed) {
		String body = String.format("77%07d", seed);
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += W10[i] * (body.charAt(i) - '0');
		}
		return body + (sum % 11 % 10);
	}

}
