package com.sellout.portal.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the portal compares it with what people wrote elsewhere — a header with a
 * synonym, a segment's name, a mapping's source, a region's name: lower case, «ё» as «е»,
 * and every kind of space (the no-break space and the thin spaces spreadsheets put in,
 * tabs, line breaks) one space. Three strengths, because the callers need different ones
 * on purpose:
 * <ul>
 * <li>{@link #spaced(String)} keeps punctuation: a mapping's source «ООО "Альфа"» stays
 * apart from «ООО Альфа», and its key is stored, so it must not change;</li>
 * <li>{@link #spaced(String, String)} also reads the given punctuation as spaces — the
 * import headers' «Ед. изм.:» is «ед изм», while «№» and «%» still count — with «», “”, „
 * read as {@code "} and ‘’ as {@code '};</li>
 * <li>{@link #words(String, String)} keeps only letters, digits and the characters named:
 * for headers of sell-out files, whose punctuation means nothing («Сумма без НДС, руб.»),
 * and for names compared by their words.</li>
 * </ul>
 */
public final class MatchingText {

	/** Java's {@code \s} misses the no-break and thin spaces; {@code \p{Z}} has them. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u00A0\\u2007\\u202F\\uFEFF]+");

	private static final Pattern DOUBLE_QUOTES = Pattern.compile("[«»“”„‟″]");

	private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′]");

	private MatchingText() {
	}

	/** " Розничная\u00A0Сеть " → "розничная сеть"; null → "". */
	public static String spaced(String text) {
		if (text == null) {
			return "";
		}
		return SPACES.matcher(folded(text)).replaceAll(" ").strip();
	}

	/**
	 * {@link #spaced(String)} with each of {@code separators} a space too: "Ед. изм.:" →
	 * "ед изм" for ".:".
	 */
	public static String spaced(String text, String separators) {
		if (text == null) {
			return "";
		}
		String value = folded(text);
		value = DOUBLE_QUOTES.matcher(value).replaceAll("\"");
		value = SINGLE_QUOTES.matcher(value).replaceAll("'");
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			out.append(separators.indexOf(c) >= 0 ? ' ' : c);
		}
		return SPACES.matcher(out).replaceAll(" ").strip();
	}

	/**
	 * Only letters, digits and the {@code kept} characters, single spaces between:
	 * "Сумма, руб." → "сумма руб".
	 */
	public static String words(String text, String kept) {
		if (text == null) {
			return "";
		}
		String value = folded(text);
		StringBuilder out = new StringBuilder(value.length());
		boolean space = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isLetter(c) || Character.isDigit(c) || kept.indexOf(c) >= 0) {
				if (space && !out.isEmpty()) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
			else {
				space = true;
			}
		}
		return out.toString();
	}

	private static String folded(String text) {
		return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

}
