package com.sellout.portal.projects.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address as conflict detection compares it: lower case, ё as е, the words г., ул.,
 * д., корп., стр. removed (with or without their dot), every other punctuation mark
 * removed, spaces collapsed — «г. Москва, ул. Ленина, д. 5, корп. 2» and «Москва Ленина 5
 * 2» are the same address.
 */
public final class ProjectAddresses {

	private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}\\d])(г|ул|д|корп|стр)(\\.|(?![\\p{L}\\d]))");

	private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private ProjectAddresses() {
	}

	public static String normalise(String address) {
		String text = address.toLowerCase(Locale.ROOT).replace('ё', 'е');
		text = WORDS.matcher(text).replaceAll(" ");
		text = PUNCTUATION.matcher(text).replaceAll(" ");
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

}
