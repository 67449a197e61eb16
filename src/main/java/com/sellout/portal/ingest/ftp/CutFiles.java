package com.sellout.portal.ingest.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an uploaded file that was cut off from a whole one, where it can be told: a file
 * shorter than the size its client announced ({@code ALLO}), a ZIP or xlsx without its
 * end of central directory, an XML document whose root element is not closed. A plain CSV
 * cut at a line boundary looks whole; for it the drop offers done markers.
 */
final class CutFiles {

	/**
	 * An end of central directory is 22 bytes and a comment of at most 65,535 after it.
	 */
	private static final int ZIP_TAIL = 22 + 65_535;

	/** Enough of either end of an XML document to find its root and its closing tag. */
	private static final int XML_END = 64 * 1024;

	private static final Pattern ENCODING = Pattern
		.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

	/**
	 * Comments, processing instructions and a doctype that may come before the root
	 * element.
	 */
	private static final Pattern PROLOG = Pattern.compile(
			"\\A(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)*<([^\\s/>]+)", Pattern.DOTALL);

	/** What is refused and why: a message key and its argument. */
	record Cut(String key, Object argument) {
	}

	private CutFiles() {
	}

	static Optional<Cut> check(Path file, String name, Long announced) throws IOException {
		long size = Files.size(file);
		if (announced != null && size < announced) {
			return Optional.of(new Cut("ftp.cut.announced", announced));
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(XML_END);
		}
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return zipEnds(file, size) ? Optional.empty() : Optional.of(new Cut("ftp.cut.zip", null));
		}
		String lower = name.toLowerCase(Locale.ROOT);
		Charset charset = xmlCharset(head);
		if (lower.endsWith(".xml") || charset != null) {
			charset = charset == null ? StandardCharsets.UTF_8 : charset;
			Matcher root = PROLOG.matcher(text(head, charset));
			if (!root.lookingAt()) {
				return Optional.empty(); // not XML at all: the reader says what it is
			}
			return rootClosed(file, size, root.group(1), charset) ? Optional.empty()
					: Optional.of(new Cut("ftp.cut.xml", root.group(1)));
		}
		return Optional.empty();
	}

	/**
	 * The end of central directory record, its comment running exactly to the end of the
	 * file.
	 */
	private static boolean zipEnds(Path file, long size) throws IOException {
		byte[] tail = tail(file, size, ZIP_TAIL);
		for (int i = tail.length - 22; i >= 0; i--) {
			if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
				int comment = (tail[i + 20] & 0xff) | (tail[i + 21] & 0xff) << 8;
				if (i + 22 + comment == tail.length) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The last thing but comments, processing instructions and blanks is the root's end
	 * tag (or the root, empty).
	 */
	private static boolean rootClosed(Path file, long size, String root, Charset charset) throws IOException {
		String tail = text(tail(file, size, XML_END), charset);
		String end = "(?:</" + Pattern.quote(root) + "\\s*>|<" + Pattern.quote(root) + "(?:\\s[^<>]*)?/>)"
				+ "(?:\\s+|<\\?.*?\\?>|<!--.*?-->)*\\z";
		return Pattern.compile(end, Pattern.DOTALL).matcher(tail).find();
	}

	private static Charset xmlCharset(byte[] head) {
		int from = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
				? 3 : 0;
		String start = new String(head, from, Math.min(200, head.length - from), StandardCharsets.ISO_8859_1);
		if (!start.startsWith("<?xml")) {
			return null;
		}
		Matcher declared = ENCODING.matcher(start);
		try {
			return declared.find() ? Charset.forName(declared.group(1)) : StandardCharsets.UTF_8;
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	private static String text(byte[] bytes, Charset charset) {
		String text = new String(bytes, charset);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static byte[] tail(Path file, long size, int length) throws IOException {
		int read = (int) Math.min(size, length);
		byte[] tail = new byte[read];
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			in.seek(size - read);
			in.readFully(tail);
		}
		return tail;
	}

}
