package com.sellout.portal.shared;

import java.util.regex.Pattern;

/**
 * КПП, the tax registration reason code of an organisation or its branch: 9 characters.
 */
public record Kpp(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}[\\dA-Z]{2}\\d{3}");

	public Kpp {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Invalid KPP: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
