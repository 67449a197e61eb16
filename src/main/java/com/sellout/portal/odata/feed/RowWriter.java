package com.sellout.portal.odata.feed;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sellout.portal.odata.edm.FeedColumn;

/**
 * Writes one column of the current row as OData JSON: {@code Edm.Date} as
 * {@code yyyy-MM-dd}, {@code Edm.DateTimeOffset} with its offset to the millisecond,
 * decimals as written in the database (never in exponent form), and — when the client
 * asked for {@code IEEE754Compatible=true} — {@code Int64} and {@code Decimal} as
 * strings.
 */
final class RowWriter {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private final boolean ieee754;

	RowWriter(boolean ieee754) {
		this.ieee754 = ieee754;
	}

	/** The columns as fields, read from the result set's columns by their labels. */
	void fields(JsonGenerator json, ResultSet rs, List<FeedColumn> columns, String prefix)
			throws IOException, SQLException {
		for (FeedColumn column : columns) {
			json.writeFieldName(column.name());
			value(json, rs, prefix + column.name(), column);
		}
	}

	private void value(JsonGenerator json, ResultSet rs, String label, FeedColumn column)
			throws IOException, SQLException {
		switch (column.type()) {
			case Int32, Int16, Byte, SByte -> {
				int value = rs.getInt(label);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case Int64 -> {
				long value = rs.getLong(label);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else if (ieee754) {
					json.writeString(Long.toString(value));
				}
				else {
					json.writeNumber(value);
				}
			}
			case Decimal -> {
				BigDecimal value = rs.getBigDecimal(label);
				if (value == null) {
					json.writeNull();
				}
				else if (ieee754) {
					json.writeString(value.toPlainString());
				}
				else {
					json.writeNumber(value.toPlainString());
				}
			}
			case Double, Single -> {
				double value = rs.getDouble(label);
				if (rs.wasNull() || !Double.isFinite(value)) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case Boolean -> {
				boolean value = rs.getBoolean(label);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeBoolean(value);
				}
			}
			case Date -> {
				LocalDate value = rs.getObject(label, LocalDate.class);
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeString(value.toString());
				}
			}
			case DateTimeOffset -> {
				OffsetDateTime value = rs.getObject(label, OffsetDateTime.class);
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeString(MOMENT.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
				}
			}
			default -> json.writeString(rs.getString(label));
		}
	}

	/** The key's value of the current row, as the page token keeps it. */
	static Object key(ResultSet rs, FeedColumn column) throws SQLException {
		return switch (column.type()) {
			case Int64 -> rs.getLong(column.name());
			case Int32 -> rs.getInt(column.name());
			case Date -> rs.getObject(column.name(), LocalDate.class);
			default -> rs.getString(column.name());
		};
	}

}
