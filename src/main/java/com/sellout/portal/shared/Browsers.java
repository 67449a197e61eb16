package com.sellout.portal.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A readable name for a User-Agent: «Chrome 131 · Windows», «Firefox 133 · Linux»,
 * «Safari 17 · iOS». Only what a person needs to tell their own devices apart — the
 * browser's family and major version and the system; anything else (a script, a client
 * library) is named by its first product token. Browsers that embed others' names (Edge
 * and Opera say «Chrome», Chrome says «Safari») are checked first.
 */
public final class Browsers {

	private static final List<Family> FAMILIES = List.of(new Family("Яндекс Браузер", "YaBrowser/"),
			new Family("Edge", "Edg/"), new Family("Edge", "EdgA/"), new Family("Edge", "EdgiOS/"),
			new Family("Opera", "OPR/"), new Family("Samsung Internet", "SamsungBrowser/"),
			new Family("Firefox", "Firefox/"), new Family("Firefox", "FxiOS/"), new Family("Chrome", "CriOS/"),
			new Family("Chromium", "Chromium/"), new Family("Chrome", "Chrome/"));

	private static final Pattern SAFARI_VERSION = Pattern.compile("Version/(\\d+)");

	private static final Pattern FIRST_PRODUCT = Pattern.compile("^([A-Za-z][\\w.\\-]*)(?:/(\\d+))?");

	private Browsers() {
	}

	public static @Nullable String describe(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String browser = browser(userAgent);
		String system = system(userAgent);
		if (browser == null) {
			return system;
		}
		return system == null ? browser : browser + " · " + system;
	}

	private static @Nullable String browser(String ua) {
		for (Family family : FAMILIES) {
			int at = ua.indexOf(family.token());
			if (at >= 0) {
				return withVersion(family.name(), majorAfter(ua, at + family.token().length()));
			}
		}
		if (ua.contains("Safari/") && ua.contains("AppleWebKit/")) {
			Matcher version = SAFARI_VERSION.matcher(ua);
			return withVersion("Safari", version.find() ? version.group(1) : null);
		}
		if (ua.startsWith("Mozilla/")) {
			return null;
		}
		Matcher product = FIRST_PRODUCT.matcher(ua.strip());
		return product.find() ? withVersion(product.group(1), product.group(2)) : null;
	}

	private static @Nullable String system(String ua) {
		String lower = ua.toLowerCase(Locale.ROOT);
		if (lower.contains("windows")) {
			return "Windows";
		}
		if (lower.contains("android")) {
			return "Android";
		}
		if (lower.contains("iphone") || lower.contains("ipad") || lower.contains("ipod")) {
			return "iOS";
		}
		if (lower.contains("cros")) {
			return "ChromeOS";
		}
		if (lower.contains("mac os x") || lower.contains("macintosh")) {
			return "macOS";
		}
		if (lower.contains("linux") || lower.contains("x11")) {
			return "Linux";
		}
		return null;
	}

	private static @Nullable String majorAfter(String ua, int from) {
		int end = from;
		while (end < ua.length() && Character.isDigit(ua.charAt(end))) {
			end++;
		}
		return end > from ? ua.substring(from, end) : null;
	}

	private static String withVersion(String name, @Nullable String major) {
		return major == null ? name : name + " " + major;
	}

	private record Family(String name, String token) {
	}

}
