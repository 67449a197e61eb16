package com.sellout.portal.reading;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file really is, told by its content and never by its name. */
public enum FileType {

	/** Office Open XML workbook (a ZIP container). */
	XLSX,
	/** Excel 97–2003 workbook (an OLE2 container). */
	XLS,
	/** An HTML table, as 1C and web systems save "Excel" files. */
	HTML,
	/** Delimited text: CSV, TSV, ";"-separated exports. */
	TEXT;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	public static FileType detect(byte[] content) {
		if (startsWith(content, ZIP)) {
			return XLSX;
		}
		if (startsWith(content, OLE2)) {
			return XLS;
		}
		if (isHtml(content)) {
			return HTML;
		}
		return TEXT;
	}

	/**
	 * Markup whose first kilobytes hold a table: {@code <html>}, {@code
	 *
	<table>
	 * } and the like.
	 */
	static boolean isHtml(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		String start = head.replaceFirst("^(\\xef\\xbb\\xbf|\\s)+", "");
		return start.startsWith("<") && !start.startsWith("<?xml")
				&& (head.contains("<table") || head.contains("<html"));
	}

	/** Whether the content begins with these bytes (a file's magic number). */
	public static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
