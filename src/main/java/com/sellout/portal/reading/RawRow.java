package com.sellout.portal.reading;

import java.util.List;

/**
 * One row of a spreadsheet or text table as read, before any meaning is given to it.
 *
 * @param number the row's number as a person sees it: the line of a CSV record, the row of a sheet
 * @param cells  the cells' texts, trimmed; empty cells are empty strings
 */
public record RawRow(int number, List<String> cells) {

	public String cell(int index) {
		return index >= 0 && index < cells.size() ? cells.get(index) : "";
	}

	public boolean isBlank() {
		for (String cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
