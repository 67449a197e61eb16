package com.sellout.portal.reading.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.reading.UnreadableFileException;

/**
 * Turns the bytes of a text file into text: a byte-order mark decides; else NUL bytes at
 * every other position tell UTF-16 without a mark (little- or big-endian); else valid
 * UTF-8 is read as such; else the bytes are windows-1251, the charset of Russian Windows
 * and 1C — unless they also hold UTF-8 text (or a UTF-8 mark), and then the file mixes
 * two charsets and is refused with the line of its first byte that is not UTF-8. The text
 * is streamed: a file of any size is never held as one string.
 */
public final class TextDecoding {

	public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final int SAMPLED_BYTES = 64 * 1024;

	private TextDecoding() {
	}

	/** The charset of the bytes and how many bytes of byte-order mark to skip. */
	public record Encoding(Charset charset, int bomLength) {

		public Reader reader(byte[] bytes) {
			return new InputStreamReader(new ByteArrayInputStream(bytes, bomLength, bytes.length - bomLength),
					charset.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE));
		}

		/** The text of a stream, past its byte-order mark. */
		public Reader reader(InputStream in) throws IOException {
			in.skipNBytes(bomLength);
			return new InputStreamReader(in,
					charset.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE));
		}

		/** The first characters of the text, for sniffing delimiters and content. */
		public String prefix(byte[] bytes, int maxBytes) {
			int length = Math.min(bytes.length - bomLength, maxBytes);
			return new String(bytes, bomLength, length, charset);
		}

	}

	public static Encoding detect(byte[] bytes) {
		return detect(InputSource.of(bytes));
	}

	/**
	 * The charset of a file read as a stream: its head decides, a full pass checks UTF-8
	 * (never all in memory).
	 */
	public static Encoding detect(InputSource file) {
		byte[] bytes = file.head(SAMPLED_BYTES + 1);
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			// the file says it is UTF-8: any byte that is not would be lost
			refuseIfMixed(file, scan(file), true);
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new Encoding(StandardCharsets.UTF_16LE, 2);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new Encoding(StandardCharsets.UTF_16BE, 2);
		}
		Charset utf16 = utf16WithoutMark(bytes);
		if (utf16 != null) {
			return new Encoding(utf16, 0);
		}
		Utf8Scan scan = scan(file);
		if (scan.firstInvalid() < 0) {
			return new Encoding(StandardCharsets.UTF_8, 0);
		}
		refuseIfMixed(file, scan, scan.holdsUtf8Text());
		return new Encoding(WINDOWS_1251, 0);
	}

	private static Utf8Scan scan(InputSource file) {
		try (InputStream in = file.open()) {
			return Utf8Scan.of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void refuseIfMixed(InputSource file, Utf8Scan scan, boolean utf8) {
		if (utf8 && scan.firstInvalid() >= 0) {
			int line = lineOf(file, scan.firstInvalid());
			throw new UnreadableFileException("reading.mixedEncoding",
					"UTF-8 text with a byte of another charset at offset " + scan.firstInvalid() + ", line " + line,
					null, line);
		}
	}

	/**
	 * UTF-16 without a byte-order mark: in its first kilobytes NUL bytes stand at odd
	 * positions (little-endian: the high byte of every Latin letter, digit, delimiter and
	 * line break) and practically never at even ones, or the other way round
	 * (big-endian); and the text they make has no control characters. Binary content has
	 * NULs at both, or makes control characters.
	 */
	private static Charset utf16WithoutMark(byte[] bytes) {
		int length = Math.min(bytes.length, SAMPLED_BYTES) & ~1;
		int even = 0;
		int odd = 0;
		for (int i = 0; i < length; i++) {
			if (bytes[i] == 0) {
				if ((i & 1) == 0) {
					even++;
				}
				else {
					odd++;
				}
			}
		}
		int characters = length / 2;
		Charset candidate;
		if (odd > 0 && even * 20 <= odd && odd * 20 >= characters) {
			candidate = StandardCharsets.UTF_16LE;
		}
		else if (even > 0 && odd * 20 <= even && even * 20 >= characters) {
			candidate = StandardCharsets.UTF_16BE;
		}
		else {
			return null;
		}
		String text = new String(bytes, 0, length, candidate);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean cutAtTheEnd = i == text.length() - 1 && length < bytes.length;
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c == '\uFFFD' && !cutAtTheEnd)) {
				return null;
			}
		}
		return candidate;
	}

	private static int lineOf(InputSource file, int offset) {
		int line = 1;
		try (InputStream in = file.open()) {
			for (int i = 0; i < offset; i++) {
				if (in.read() == '\n') {
					line++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return line;
	}

	/**
	 * Where the first byte that is not strict UTF-8 is (-1 if none), and whether the
	 * bytes hold UTF-8 text: two multi-byte characters in a row, or one of three or four
	 * bytes. Windows-1251 makes only lone two-byte look-alikes — a capital letter before
	 * «»» or «№» («ДОМ»» is {@code CC BB}, a valid «̻») — which are no sign of UTF-8.
	 */
	record Utf8Scan(int firstInvalid, boolean holdsUtf8Text) {

		static Utf8Scan of(byte[] bytes) {
			try {
				return of(new ByteArrayInputStream(bytes));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Scans a stream a megabyte at a time; a sequence cut by the end of a piece is
		 * carried over to the next.
		 */
		static Utf8Scan of(InputStream in) throws IOException {
			byte[] bytes = new byte[1024 * 1024];
			int firstInvalid = -1;
			boolean text = false;
			int run = 0;
			long base = 0;
			int carried = 0;
			while (true) {
				int length = carried + in.readNBytes(bytes, carried, bytes.length - carried);
				boolean last = length < bytes.length;
				int end = last ? length : length - 3;
				int i = 0;
				while (i < end && !(text && firstInvalid >= 0)) {
					if (bytes[i] >= 0) {
						run = 0;
						i++;
						continue;
					}
					int sequence = sequenceLength(bytes, i, length);
					if (sequence == 0) {
						firstInvalid = firstInvalid < 0 ? (int) (base + i) : firstInvalid;
						run = 0;
						i++;
						continue;
					}
					run++;
					text |= sequence >= 3 || run >= 2;
					i += sequence;
				}
				if (last || (text && firstInvalid >= 0)) {
					return new Utf8Scan(firstInvalid, text);
				}
				carried = length - i;
				System.arraycopy(bytes, i, bytes, 0, carried);
				base += i;
			}
		}

		/**
		 * The length of the valid UTF-8 sequence starting at {@code i}, 0 if there is
		 * none (RFC 3629).
		 */
		private static int sequenceLength(byte[] bytes, int i, int length) {
			int lead = bytes[i] & 0xFF;
			if (lead >= 0xC2 && lead <= 0xDF) {
				return continuation(bytes, length, i + 1, 0x80, 0xBF) ? 2 : 0;
			}
			if (lead >= 0xE0 && lead <= 0xEF) {
				int low = lead == 0xE0 ? 0xA0 : 0x80;
				int high = lead == 0xED ? 0x9F : 0xBF;
				return continuation(bytes, length, i + 1, low, high) && continuation(bytes, length, i + 2, 0x80, 0xBF)
						? 3 : 0;
			}
			if (lead >= 0xF0 && lead <= 0xF4) {
				int low = lead == 0xF0 ? 0x90 : 0x80;
				int high = lead == 0xF4 ? 0x8F : 0xBF;
				return continuation(bytes, length, i + 1, low, high) && continuation(bytes, length, i + 2, 0x80, 0xBF)
						&& continuation(bytes, length, i + 3, 0x80, 0xBF) ? 4 : 0;
			}
			return 0;
		}

		private static boolean continuation(byte[] bytes, int length, int i, int low, int high) {
			return i < length && (bytes[i] & 0xFF) >= low && (bytes[i] & 0xFF) <= high;
		}

	}

}
