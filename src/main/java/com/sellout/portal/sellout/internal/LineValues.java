package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of one stored line, by column of the {@link LineColumn catalogue}; a column
 * without a value is absent.
 */
public final class LineValues {

	private final Map<LineColumn, Object> values;

	LineValues(Map<LineColumn, Object> values) {
		this.values = Collections
			.unmodifiableMap(values.isEmpty() ? new EnumMap<>(LineColumn.class) : new EnumMap<>(values));
	}

	public Object get(LineColumn column) {
		return values.get(column);
	}

	public String text(LineColumn column) {
		return (String) values.get(column);
	}

	public LocalDate date(LineColumn column) {
		return (LocalDate) values.get(column);
	}

	public BigDecimal decimal(LineColumn column) {
		return (BigDecimal) values.get(column);
	}

	/**
	 * The value as a downloaded table writes it: numbers as "1480.88", dates as
	 * "2026-12-05", nothing for none.
	 */
	public String cell(LineColumn column) {
		Object value = values.get(column);
		return value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
	}

	/**
	 * Whether both hold the same values: numbers equal whatever their scale (2 and
	 * 2.000).
	 */
	boolean sameAs(LineValues other) {
		for (LineColumn column : LineColumn.values()) {
			Object a = get(column);
			Object b = other.get(column);
			boolean same = a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0
					: Objects.equals(a, b);
			if (!same) {
				return false;
			}
		}
		return true;
	}

}
