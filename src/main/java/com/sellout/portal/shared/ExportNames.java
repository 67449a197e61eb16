package com.sellout.portal.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The names of the files the portal hands out: what the file holds, then whose and which
 * period, so that a folder of downloads reads by itself —
 * {@code sellout-ALFA-2026-09.xlsx}, {@code clients-ALFA.csv}. A name is sent as RFC 6266
 * asks: an ASCII {@code filename} (letters outside ASCII become {@code _}, never
 * transliterated) and the exact UTF-8 name in {@code filename*}.
 */
public final class ExportNames {

	private ExportNames() {
	}

	/**
	 * The parts that are not blank, joined by {@code -}, and the extension; a character
	 * that is no letter, digit, dot or dash becomes {@code _}.
	 */
	public static String of(String extension, @Nullable Object... parts) {
		List<String> kept = new ArrayList<>();
		for (Object part : parts) {
			String text = part == null ? "" : part.toString().strip();
			if (!text.isEmpty()) {
				kept.add(text.replaceAll("[^\\p{L}\\p{N}.-]+", "_"));
			}
		}
		return String.join("-", kept) + "." + extension;
	}

	/** The {@code Content-Disposition} of a download named so. */
	public static String attachment(String name) {
		StringBuilder ascii = new StringBuilder();
		StringBuilder encoded = new StringBuilder();
		name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
