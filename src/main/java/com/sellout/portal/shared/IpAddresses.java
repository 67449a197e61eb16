package com.sellout.portal.shared;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An address as people read it: IPv6 in its short form (RFC 5952: lower case, leading
 * zeros dropped, the longest run of two or more zero groups as {@code ::}), so that the
 * servlet container's {@code 0:0:0:0:0:0:0:1} reads {@code ::1}; IPv4 and anything not an
 * IPv6 literal as given.
 */
public final class IpAddresses {

	private IpAddresses() {
	}

	public static @Nullable String readable(@Nullable String address) {
		if (address == null || !address.contains(":") || address.contains("::") || address.contains("%")) {
			return address;
		}
		String[] groups = address.split(":", -1);
		if (groups.length != 8) {
			return address;
		}
		String[] shortened = new String[8];
		for (int i = 0; i < 8; i++) {
			String group = groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(Locale.ROOT);
			if (!group.matches("[0-9a-f]{1,4}")) {
				return address;
			}
			shortened[i] = group;
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8;) {
			int j = i;
			while (j < 8 && shortened[j].equals("0")) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = j == i ? i + 1 : j;
		}
		if (bestStart < 0) {
			return String.join(":", shortened);
		}
		String head = String.join(":", Arrays.copyOfRange(shortened, 0, bestStart));
		String tail = String.join(":", Arrays.copyOfRange(shortened, bestStart + bestLength, 8));
		return head + "::" + tail;
	}

}
