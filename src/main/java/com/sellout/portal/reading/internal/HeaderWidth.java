package com.sellout.portal.reading.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.UnreadableFileException;

/**
 * Refuses a row of delimited text with more fields than its header: such a row has a
 * delimiter inside an unquoted value, and every column after it holds the wrong field.
 * The header is looked for among the first rows, as the layout search does, below any
 * title lines: the widest row made only of names — at least two non-blank cells, none a
 * number or a date. A row's width is up to its last non-blank cell, so trailing
 * delimiters count for nothing. Rows down to the header are titles and never refused; a
 * file without a row of names is not judged. The rows pass on unchanged, the first ones
 * once the header is known.
 */
final class HeaderWidth implements Consumer<RawRow> {

	/** As deep as the layout search looks for a header. */
	static final int SEARCHED_ROWS = 30;

	/**
	 * Digits with the signs numbers, dates, times and percentages are written with: a
	 * value, not a name.
	 */
	private static final Pattern VALUE = Pattern.compile("[-+]?[\\d\\s.,:/%+-]*\\d[\\d\\s.,:/%+-]*");

	private final Consumer<RawRow> rows;

	private List<RawRow> held = new ArrayList<>();

	private int headerWidth = Integer.MAX_VALUE;

	HeaderWidth(Consumer<RawRow> rows) {
		this.rows = rows;
	}

	@Override
	public void accept(RawRow row) {
		if (held == null) {
			check(row);
			rows.accept(row);
			return;
		}
		held.add(row);
		if (held.size() >= SEARCHED_ROWS) {
			decide();
		}
	}

	/** Passes on the rows still held: call at the end of the text. */
	void finish() {
		if (held != null) {
			decide();
		}
	}

	private void decide() {
		List<RawRow> top = held;
		held = null;
		int header = -1;
		int widest = 0;
		for (int i = 0; i < top.size(); i++) {
			int width = width(top.get(i));
			if (width > widest && namesOnly(top.get(i))) {
				header = i;
				widest = width;
			}
		}
		for (int i = 0; i < top.size(); i++) {
			if (header >= 0 && i > header) {
				headerWidth = widest;
			}
			check(top.get(i));
			rows.accept(top.get(i));
		}
		if (header >= 0) {
			headerWidth = widest;
		}
	}

	private void check(RawRow row) {
		int width = width(row);
		if (width > headerWidth) {
			throw new UnreadableFileException("reading.csvLongRow",
					"Row " + row.number() + " has " + width + " fields, the header " + headerWidth, null, row.number(),
					width, headerWidth);
		}
	}

	static int width(RawRow row) {
		List<String> cells = row.cells();
		int width = cells.size();
		while (width > 0 && cells.get(width - 1).isBlank()) {
			width--;
		}
		return width;
	}

	private static boolean namesOnly(RawRow row) {
		int names = 0;
		for (String cell : row.cells()) {
			if (cell.isBlank()) {
				continue;
			}
			if (VALUE.matcher(cell).matches()) {
				return false;
			}
			names++;
		}
		return names >= 2;
	}

}
