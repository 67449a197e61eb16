package com.sellout.portal.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A file read as a table: its header (found below any title lines) and the non-blank rows
 * under it.
 *
 * @param header where the header is and which column holds what
 * @param rows the data rows, with their numbers in the file
 */
public record Table(HeaderRow header, List<RawRow> rows) {

	/**
	 * Reads the file and finds its header; a file without one is refused with the given
	 * message key, which names the columns the import needs.
	 */
	public static Table read(byte[] content, Set<? extends Column> wanted, Set<? extends Column> required,
			String missingHeaderKey) {
		List<RawRow> all = new ArrayList<>();
		TableReader.read(content, all::add);
		HeaderRow header = HeaderRow.find(all, wanted, required)
			.orElseThrow(() -> new UnreadableFileException(missingHeaderKey, "No header row with " + required, null));
		return new Table(header, header.dataRows(all));
	}

}
