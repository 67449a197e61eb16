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

	private static final byte[][] NOT_TABLES = { "%PDF".getBytes(StandardCharsets.US_ASCII), { (byte) 0x89, 'P', 'N', 'G' },
			{ (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, { 0x1F, (byte) 0x8B }, "Rar!".getBytes(StandardCharsets.US_ASCII),
			{ '7', 'z', (byte) 0xBC, (byte) 0xAF }, "GIF8".getBytes(StandardCharsets.US_ASCII) };

	static SourceFormat detect(byte[] content) {
		if (content.length == 0) {
			throw new RefusedFileException("reading.empty", "The file is empty");
		}
		for (byte[] magic : NOT_TABLES) {
			if (FileType.startsWith(content, magic)) {
				throw new RefusedFileException("sellout.rejected.notSellOut", "A PDF, image or archive, not a sell-out file");
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
