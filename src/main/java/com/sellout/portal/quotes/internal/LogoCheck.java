package com.sellout.portal.quotes.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.sellout.portal.shared.RefusedException;

/**
 * What a logo may be: PNG or JPEG (told by their first bytes, never by the file's name or
 * the type the browser claims), at most {@link #MAX_BYTES}, at most {@link #MAX_SIDE}
 * pixels a side — read from the image's header (PNG IHDR, JPEG SOF) before anything
 * decodes it, so that a small file declaring a huge image never reaches a decoder. SVG (a
 * document that can load and run things), GIF and anything else are refused, each with
 * its reason.
 */
public final class LogoCheck {

	public static final int MAX_BYTES = 1024 * 1024;

	public static final int MAX_SIDE = 4000;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private LogoCheck() {
	}

	/** A logo found good: its type and size in pixels. */
	public record Logo(String contentType, int width, int height) {
	}

	/**
	 * The logo's type and size, or a {@link RefusedException} saying why it is refused.
	 */
	public static Logo check(byte[] content) {
		if (content.length == 0) {
			throw new RefusedException("quotes.logo.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new RefusedException("quotes.logo.tooLarge", MAX_BYTES / 1024);
		}
		Logo logo;
		if (startsWith(content, PNG)) {
			logo = png(content);
		}
		else if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			logo = jpeg(content);
		}
		else if (looksLikeSvg(content)) {
			throw new RefusedException("quotes.logo.svg");
		}
		else {
			throw new RefusedException("quotes.logo.type");
		}
		if (logo.width() < 1 || logo.height() < 1 || logo.width() > MAX_SIDE || logo.height() > MAX_SIDE) {
			throw new RefusedException("quotes.logo.dimensions", logo.width(), logo.height(), MAX_SIDE);
		}
		return logo;
	}

	/** The IHDR chunk comes first: length, "IHDR", width, height (big-endian). */
	private static Logo png(byte[] c) {
		if (c.length < 24 || c[12] != 'I' || c[13] != 'H' || c[14] != 'D' || c[15] != 'R') {
			throw new RefusedException("quotes.logo.damaged");
		}
		long width = u32(c, 16);
		long height = u32(c, 20);
		return new Logo("image/png", (int) Math.min(width, Integer.MAX_VALUE),
				(int) Math.min(height, Integer.MAX_VALUE));
	}

	/**
	 * Walks the markers to the first start of frame (SOF0–SOF15 but DHT, JPG and DAC).
	 */
	private static Logo jpeg(byte[] c) {
		int i = 2;
		while (i + 3 < c.length) {
			if ((c[i] & 0xFF) != 0xFF) {
				throw new RefusedException("quotes.logo.damaged");
			}
			int marker = c[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++; // fill byte
				continue;
			}
			if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				i += 2; // no length
				continue;
			}
			if (marker == 0xD9 || marker == 0xDA) {
				break; // the image data (or its end) before any frame header
			}
			int length = u16(c, i + 2);
			if (length < 2) {
				break;
			}
			boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
			if (frame) {
				if (i + 8 >= c.length) {
					break;
				}
				int height = u16(c, i + 5);
				int width = u16(c, i + 7);
				return new Logo("image/jpeg", width, height);
			}
			i += 2 + length;
		}
		throw new RefusedException("quotes.logo.damaged");
	}

	private static boolean looksLikeSvg(byte[] c) {
		String head = new String(c, 0, Math.min(c.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
		return head.contains("<svg") || (head.stripLeading().startsWith("<?xml") && head.contains("svg"))
				|| head.stripLeading().replace("\uFEFF", "").startsWith("<svg");
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int u16(byte[] c, int at) {
		return at + 1 < c.length ? ((c[at] & 0xFF) << 8) | (c[at + 1] & 0xFF) : 0;
	}

	private static long u32(byte[] c, int at) {
		return ((long) (c[at] & 0xFF) << 24) | ((c[at + 1] & 0xFF) << 16) | ((c[at + 2] & 0xFF) << 8)
				| (c[at + 3] & 0xFF);
	}

}
