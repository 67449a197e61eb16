package com.sellout.portal.catalog.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.reading.RawRow;

/**
 * Where the header is (the first of the top rows naming every required column) and which column
 * holds which field. Title lines above the header are passed over.
 *
 * @param index   the header's position in the list of rows
 * @param columns the column of each field found
 */
public record HeaderRow(int index, Map<ImportField, Integer> columns) {

	private static final int SEARCHED_ROWS = 30;

	public static Optional<HeaderRow> find(List<RawRow> rows, Set<ImportField> wanted, Set<ImportField> required) {
		for (int i = 0; i < Math.min(rows.size(), SEARCHED_ROWS); i++) {
			Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
			List<String> cells = rows.get(i).cells();
			for (int column = 0; column < cells.size(); column++) {
				for (ImportField field : wanted) {
					if (!columns.containsKey(field) && field.matches(cells.get(column))) {
						columns.put(field, column);
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

	public String cell(RawRow row, ImportField field) {
		Integer column = columns.get(field);
		return column == null ? "" : row.cell(column);
	}

	public boolean has(ImportField field) {
		return columns.containsKey(field);
	}

}
