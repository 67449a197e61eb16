package com.sellout.portal.reading.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text: a byte-order mark decides; else the bytes must be
 * valid UTF-8 to be read as such; else they are windows-1251, the charset of Russian Windows and 1C.
 * The text is streamed: a file of any size is never held as one string.
 */
public final class TextDecoding {

	public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private TextDecoding() {
	}

	/** The charset of the bytes and how many bytes of byte-order mark to skip. */
	public record Encoding(Charset charset, int bomLength) {

		public Reader reader(byte[] bytes) {
			return new InputStreamReader(new ByteArrayInputStream(bytes, bomLength, bytes.length - bomLength),
					charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE));
		}

		/** The first characters of the text, for sniffing delimiters and content. */
		public String prefix(byte[] bytes, int maxBytes) {
			int length = Math.min(bytes.length - bomLength, maxBytes);
			return new String(bytes, bomLength, length, charset);
		}

	}

	public static Encoding detect(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new Encoding(StandardCharsets.UTF_16LE, 2);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new Encoding(StandardCharsets.UTF_16BE, 2);
		}
		return new Encoding(isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1251, 0);
	}


	/** Strict UTF-8 check in small steps, so that no copy of a large file is made. */
	private static boolean isUtf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return !decoder.flush(out.clear()).isError();
			}
			out.clear();
		}
	}

}
