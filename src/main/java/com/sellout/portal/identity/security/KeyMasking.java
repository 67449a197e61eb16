package com.sellout.portal.identity.security;

import java.util.Locale;
import java.util.regex.Pattern;

import com.sellout.portal.identity.BiKeys;

/**
 * How a BI key is hidden wherever a URL is written down: the value of a {@code key}
 * parameter, and anything that looks like a key wherever it stands (a key pasted into
 * another parameter, a referrer).
 */
final class KeyMasking {

	static final String MASK = "***";

	/** {@code key=} opening a query or after a separator, up to the next one. */
	private static final Pattern KEY_PARAMETER = Pattern.compile("(?i)((?:^|[?&;])key=)[^&;\\s\"]*");

	private static final Pattern KEY_ITSELF = Pattern.compile(Pattern.quote(BiKeys.PREFIX) + "[A-Za-z0-9_-]+");

	private KeyMasking() {
	}

	/** Whether the text could hold a key at all (cheap, for every request). */
	static boolean mayHoldKey(String text) {
		return text != null && (text.contains(BiKeys.PREFIX) || text.toLowerCase(Locale.ROOT).contains("key="));
	}

	/** A query string, a request line or a log line with every key replaced. */
	static String mask(String text) {
		if (!mayHoldKey(text)) {
			return text;
		}
		String masked = KEY_PARAMETER.matcher(text).replaceAll("$1" + MASK);
		return KEY_ITSELF.matcher(masked).replaceAll(BiKeys.PREFIX + MASK);
	}

}
