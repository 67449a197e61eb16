package com.sellout.portal.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the header is (the first of the top rows naming every required column) and which
 * column holds which field. Title lines above the header are passed over.
 *
 * @param index the header's position in the list of rows
 * @param columns the position of each column found
 */
public record HeaderRow(int index, Map<Column, Integer> columns) {

	private static final int SEARCHED_ROWS = 30;

	public static Optional<HeaderRow> find(List<RawRow> rows, Set<? extends Column> wanted,
			Set<? extends Column> required) {
		for (int i = 0; i < Math.min(rows.size(), SEARCHED_ROWS); i++) {
			Map<Column, Integer> columns = new HashMap<>();
			List<String> cells = rows.get(i).cells();
			for (int position = 0; position < cells.size(); position++) {
				for (Column column : wanted) {
					if (!columns.containsKey(column) && column.matches(cells.get(position))) {
						columns.put(column, position);
						break;
					}
				}
			}
			if (columns.keySet().containsAll(required)) {
				return Optional.of(new HeaderRow(i, columns));
			}
		}
		return Optional.empty();
	}

	public String cell(RawRow row, Column column) {
		Integer position = columns.get(column);
		return position == null ? "" : row.cell(position);
	}

	public boolean has(Column column) {
		return columns.containsKey(column);
	}

	/** The data rows under the header, without blank ones. */
	public List<RawRow> dataRows(List<RawRow> rows) {
		return rows.subList(index + 1, rows.size()).stream().filter(row -> !row.isBlank()).toList();
	}

}
