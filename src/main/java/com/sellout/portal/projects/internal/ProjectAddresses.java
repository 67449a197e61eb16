package com.sellout.portal.projects.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address as conflict detection compares it: lower case, ё as е, the words г., ул.,
 * д., корп., стр. removed (with or without their dot) and, as people type them just as
 * often, their full forms (город, улица, дом, корпус, строение) and the other kinds of
 * street and place (проспект, пр-т, переулок, шоссе, бульвар, набережная, площадь,
 * микрорайон, область, район), every other punctuation mark removed, spaces collapsed —
 * «г. Москва, ул. Ленина, д. 5, корп. 2» and «Москва, улица Ленина 5 корпус 2» are the
 * same address.
 */
public final class ProjectAddresses {

	private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}\\d])"
			+ "(г|город|ул|улица|д|дом|корп|корпус|стр|строение|пр-т|просп|проспект|пер|переулок|ш|шоссе|б-р|бул"
			+ "|бульвар|наб|набережная|пл|площадь|мкр|микрорайон|обл|область|р-н|район)(\\.|(?![\\p{L}\\d]))");

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
