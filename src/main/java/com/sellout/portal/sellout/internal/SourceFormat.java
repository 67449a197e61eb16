package com.sellout.portal.sellout.internal;

import java.nio.charset.StandardCharsets;

import com.sellout.portal.reading.FileType;

/** The kinds of file the pipeline reads, told by content and never by the file's name. */
enum SourceFormat {

	/** A distributor's own table: xlsx, xls, HTML saved as xls, delimited text. */
	TABLE,
	/** 1C EnterpriseData 1.x exchange message. */
	ENTERPRISE_DATA,
	/** CommerceML 2 documents. */
	COMMERCE_ML,
	/** The canonical JSON. */
	CANONICAL_JSON;

	private static final byte[][] NOT_TABLES = { "%PDF".getBytes(StandardCharsets.US_ASCII),
			{ (byte) 0x89, 'P', 'N', 'G' }, { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, { 0x1F, (byte) 0x8B },
			"Rar!".getBytes(StandardCharsets.US_ASCII), { '7', 'z', (byte) 0xBC, (byte) 0xAF },
			"GIF8".getBytes(StandardCharsets.US_ASCII) };

	/** The number of first bytes the format is told from. */
	static final int HEAD = 64 * 1024;

	/**
	 * What a file is, told once from its first bytes where it came in and stored with its
	 * report: the kind of source and, for a table, the reader it needs; or why it is no
	 * sell-out file (a message key and its arguments), which its processing gives as the
	 * report's rejection.
	 */
	record Detected(SourceFormat source, FileType table, String refusalKey, String refusalArgument) {

		/**
		 * Tells the format from the file's first {@link #HEAD} bytes (all of them in a
		 * shorter file).
		 */
		static Detected of(byte[] head) {
			try {
				SourceFormat source = detect(head);
				return new Detected(source, source == TABLE ? FileType.detect(head) : null, null, null);
			}
			catch (RefusedFileException refused) {
				Object[] arguments = refused.arguments();
				return new Detected(null, null, refused.messageKey(),
						arguments == null || arguments.length == 0 ? null : String.valueOf(arguments[0]));
			}
		}

		/**
		 * How it is stored: {@code TABLE XLSX}, {@code ENTERPRISE_DATA}…, or null for a
		 * refused file.
		 */
		String stored() {
			return source == null ? null : table == null ? source.name() : source.name() + " " + table.name();
		}

		static Detected stored(String format, String refusalKey, String refusalArgument) {
			if (format == null) {
				return new Detected(null, null, refusalKey, refusalArgument);
			}
			String[] parts = format.split(" ");
			return new Detected(SourceFormat.valueOf(parts[0]), parts.length > 1 ? FileType.valueOf(parts[1]) : null,
					null, null);
		}

		/** The refusal as the processing gives it, when the file is none of ours. */
		RefusedFileException refusal() {
			return refusalArgument == null ? new RefusedFileException(refusalKey, "Refused where it came in")
					: new RefusedFileException(refusalKey, "Refused where it came in", refusalArgument);
		}

	}

	static SourceFormat detect(byte[] content) {
		if (content.length == 0) {
			throw new RefusedFileException("reading.empty", "The file is empty");
		}
		for (byte[] magic : NOT_TABLES) {
			if (FileType.startsWith(content, magic)) {
				throw new RefusedFileException("sellout.rejected.notSellOut",
						"A PDF, image or archive, not a sell-out file");
			}
		}
		FileType type = FileType.detect(content);
		if (type != FileType.TEXT) {
			return TABLE;
		}
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		while (start < content.length && Character.isWhitespace(content[start])) {
			start++;
		}
		if (start >= content.length) {
			throw new RefusedFileException("reading.empty", "The file holds only blanks");
		}
		byte first = content[start];
		if (first == '{' || first == '[') {
			return CANONICAL_JSON;
		}
		if (first == '<') {
			String root = XmlDocuments.rootName(content);
			if (root.equals(CommerceMlSource.ROOT)) {
				return COMMERCE_ML;
			}
			String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.UTF_8);
			if (head.contains("EnterpriseData") || head.contains(EnterpriseDataSource.SALE)) {
				return ENTERPRISE_DATA;
			}
			throw new RefusedFileException("sellout.rejected.unknownXml", "An XML document of an unknown kind", root);
		}
		return TABLE;
	}

}
