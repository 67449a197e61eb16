package com.sellout.portal.reading;

/** What a file really is, told by its content and never by its name. */
public enum FileType {

	/** Office Open XML workbook (a ZIP container). */
	XLSX,
	/** Excel 97–2003 workbook (an OLE2 container). */
	XLS,
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
		return TEXT;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
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
