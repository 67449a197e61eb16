package com.sellout.portal.reading.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.reading.UnreadableFileException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The ZIP container of an .xlsx, walked entry by entry before the workbook is opened, so
 * that a refusal names its cause — a part written twice, a DOCTYPE in a part, too many
 * parts, a part that inflates like a zip bomb or beyond the size any sheet of sales needs
 * — instead of «damaged workbook», and before any parsing starts. The entries are
 * streamed from their local headers and really inflated: declared sizes are never
 * trusted, and the inflation of each entry is bounded by POI's own limits (ratio and
 * entry size), so this check refuses no workbook the reader would open. A container the
 * stream cannot walk is left to the workbook reader, which says whether it is damaged.
 */
public final class WorkbookContainer {

	/**
	 * Far more parts than any workbook of sales needs (a sheet is two or three parts).
	 */
	public static final int MAX_PARTS = 1_000;

	/**
	 * The largest worksheet part, inflated: a sheet Excel itself can fill (1,048,576 rows
	 * of a few dozen columns) stays under it; parsing more would only keep a worker busy.
	 */
	public static final long MAX_SHEET_BYTES = 1024L * 1024 * 1024;

	/**
	 * The largest other part (shared strings, styles, the workbook), which the reader
	 * holds in memory whole.
	 */
	public static final long MAX_PART_BYTES = 128L * 1024 * 1024;

	/** As POI: an entry is not judged by its inflation until it is this large. */
	private static final long GRACE_BYTES = 100 * 1024;

	/**
	 * A DOCTYPE can only stand before the root element; a prolog longer than this is not
	 * looked into.
	 */
	private static final int PROLOG_BYTES = 64 * 1024;

	private WorkbookContainer() {
	}

	public static void check(byte[] content) {
		check(new ByteArrayInputStream(content), MAX_SHEET_BYTES, MAX_PART_BYTES);
	}

	/**
	 * The same check of a workbook read as a stream (its parts in order), never held
	 * whole.
	 */
	public static void check(InputStream content) {
		check(content, MAX_SHEET_BYTES, MAX_PART_BYTES);
	}

	static void check(byte[] content, long sheetLimit, long partLimit) {
		check(new ByteArrayInputStream(content), sheetLimit, partLimit);
	}

	private static void check(InputStream content, long sheetLimit, long partLimit) {
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(content, "UTF-8", true, true)) {
			Set<String> names = new HashSet<>();
			int parts = 0;
			byte[] buffer = new byte[8192];
			byte[] head = new byte[PROLOG_BYTES];
			for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++parts > MAX_PARTS) {
					throw new UnreadableFileException("reading.zipTooManyParts",
							"The workbook's container has more than " + MAX_PARTS + " entries", null, MAX_PARTS);
				}
				String name = entry.getName();
				if (!entry.isDirectory() && !names.add(partName(name))) {
					throw new UnreadableFileException("reading.zipDuplicatePart",
							"The workbook's container holds " + name + " twice", null, name);
				}
				inspect(zip, name, partName(name).startsWith("xl/worksheets/") ? sheetLimit : partLimit, buffer, head);
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// not walkable as a stream: the workbook reader decides, from the central
			// directory
		}
	}

	/**
	 * Reads one entry to its end, looking for a DOCTYPE in its prolog and bounding its
	 * inflation and size.
	 */
	private static void inspect(ZipArchiveInputStream zip, String name, long limit, byte[] buffer, byte[] head)
			throws IOException {
		int headLength = 0;
		long inflated = 0;
		int read;
		while ((read = zip.read(buffer)) != -1) {
			if (headLength < head.length) {
				int copied = Math.min(read, head.length - headLength);
				System.arraycopy(buffer, 0, head, headLength, copied);
				headLength += copied;
			}
			inflated += read;
			checkInflation(zip, name, inflated);
			if (inflated > limit) {
				throw new UnreadableFileException("reading.zipPartTooLarge",
						"The part " + name + " inflates beyond " + limit + " bytes", null, name,
						String.valueOf(limit / 1024 / 1024));
			}
		}
		if (hasDoctype(head, headLength)) {
			throw new UnreadableFileException("reading.xlsxDoctype", "A DOCTYPE in the workbook's part " + name, null,
					name);
		}
	}

	private static void checkInflation(ZipArchiveInputStream zip, String name, long inflated) {
		if (inflated > ZipSecureFile.getMaxEntrySize()) {
			throw new UnreadableFileException("reading.zipBomb",
					"The part " + name + " inflates beyond the entry limit", null, name, ratio());
		}
		if (inflated > GRACE_BYTES
				&& (double) zip.getCompressedCount() / inflated < ZipSecureFile.getMinInflateRatio()) {
			throw new UnreadableFileException("reading.zipBomb",
					"The part " + name + " inflates more than " + ratio() + " times", null, name, ratio());
		}
	}

	private static String ratio() {
		return String.valueOf(Math.round(1 / ZipSecureFile.getMinInflateRatio()));
	}

	/**
	 * Part names of a package are case-insensitive and may be written with a leading
	 * slash.
	 */
	private static String partName(String entryName) {
		String name = entryName.replace('\\', '/');
		while (name.startsWith("/")) {
			name = name.substring(1);
		}
		return name.toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the text before the root element declares a DOCTYPE: after an optional BOM,
	 * XML declaration, processing instructions, comments and blanks, the first markup is
	 * {@code <!DOCTYPE}. Parts that are not XML (images, binaries) do not start with
	 * markup and are passed over.
	 */
	static boolean hasDoctype(byte[] head, int length) {
		String text = decode(head, length);
		int at = 0;
		if (text.startsWith("\uFEFF")) {
			at = 1;
		}
		while (at < text.length()) {
			char c = text.charAt(at);
			if (Character.isWhitespace(c)) {
				at++;
			}
			else if (text.startsWith("<?", at)) {
				int end = text.indexOf("?>", at + 2);
				if (end < 0) {
					return false;
				}
				at = end + 2;
			}
			else if (text.startsWith("<!--", at)) {
				int end = text.indexOf("-->", at + 4);
				if (end < 0) {
					return false;
				}
				at = end + 3;
			}
			else {
				return text.regionMatches(true, at, "<!DOCTYPE", 0, 9);
			}
		}
		return false;
	}

	/** XML parts are UTF-8, or UTF-16 told by its byte-order mark or its NUL bytes. */
	private static String decode(byte[] head, int length) {
		Charset charset = StandardCharsets.UTF_8;
		if (length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == '<' && head[1] == 0))) {
			charset = StandardCharsets.UTF_16LE;
		}
		else if (length >= 2
				&& ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == 0 && head[1] == '<'))) {
			charset = StandardCharsets.UTF_16BE;
		}
		return new String(head, 0, length, charset);
	}

}
