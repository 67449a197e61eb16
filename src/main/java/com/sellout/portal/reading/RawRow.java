package com.sellout.portal.reading;

import java.util.List;

/**
 * One row of a spreadsheet or text table as read, before any meaning is given to it.
 *
 * @param number the row's number as a person sees it: the line of a CSV record, the row
 * of a sheet
 * @param cells the cells' texts, trimmed; empty cells are empty strings
 * @param outline the row's outline (grouping) level in a workbook, 0 when it has none
 * @param indent the indent of the row's first cell in a workbook (alignment steps), 0
 * when none
 */
public record RawRow(int number, List<String> cells, int outline, int indent) {

	public RawRow(int number, List<String> cells) {
		this(number, cells, 0, 0);
	}

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

	/** How many cells hold something. */
	public int filled() {
		int filled = 0;
		for (String cell : cells) {
			if (!cell.isBlank()) {
				filled++;
			}
		}
		return filled;
	}

}
