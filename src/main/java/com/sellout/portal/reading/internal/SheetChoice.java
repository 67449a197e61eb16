package com.sellout.portal.reading.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.sellout.portal.reading.RawRow;

/**
 * Which sheet of a workbook holds the table. 1C saves a report's parameters («Период»,
 * «Отбор») on a first sheet of its own when asked to; such a sheet has no row with three
 * filled cells. A sheet's rows are held until one such row shows it is the table; a sheet
 * that ends without one gives its rows as parameters and the next sheet is tried. The
 * last sheet is the table in any case. Without a parameters consumer the first sheet is
 * the table, as plain imports expect.
 */
final class SheetChoice {

	private static final int TABLE_WIDTH = 3;

	/** Parameters sheets are short: a sheet this long is a table whatever its width. */
	private static final int HELD_ROWS = 1000;

	private final Consumer<RawRow> rows;

	private final Consumer<RawRow> parameters;

	private final List<RawRow> held = new ArrayList<>();

	private boolean table;

	SheetChoice(Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		this.rows = rows;
		this.parameters = parameters;
	}

	void startSheet() {
		held.clear();
		table = parameters == null;
	}

	void row(RawRow row) {
		if (table) {
			rows.accept(row);
			return;
		}
		held.add(row);
		if (row.filled() >= TABLE_WIDTH || held.size() >= HELD_ROWS) {
			table = true;
			release(rows);
		}
	}

	/**
	 * @return whether the table has been read (no further sheet is needed)
	 */
	boolean endSheet(boolean last) {
		if (!table) {
			release(last ? rows : parameters);
		}
		return table || last;
	}

	private void release(Consumer<RawRow> to) {
		List<RawRow> out = List.copyOf(held);
		held.clear();
		out.forEach(to);
	}

}
