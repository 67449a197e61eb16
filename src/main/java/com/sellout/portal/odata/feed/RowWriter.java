package com.sellout.portal.odata.feed;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.sellout.portal.odata.edm.FeedColumn;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGResultSetMetaData;

/**
 * Writes columns of the current row as OData JSON: {@code Edm.Date} as
 * {@code yyyy-MM-dd}, {@code Edm.DateTimeOffset} with its offset to the millisecond,
 * decimals as written in the database (never in exponent form), and — when the client
 * asked for {@code IEEE754Compatible=true} — {@code Int64} and {@code Decimal} as
 * strings.
 * <p>
 * A page writes millions of values, so each is copied from the driver's text as it came
 * (PostgreSQL's text form of a number, a date in ISO style, a text's UTF-8 bytes) rather
 * than decoded into an object and encoded again, and the columns are found by their
 * labels once per query, not once per value.
 */
final class RowWriter {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private final boolean ieee754;

	RowWriter(boolean ieee754) {
		this.ieee754 = ieee754;
	}

	/**
	 * The columns as fields, found in the result set by their labels ({@code prefix} and
	 * the property's name).
	 */
	Fields fields(ResultSet rs, List<FeedColumn> columns, String prefix) throws SQLException {
		SerializableString[] names = new SerializableString[columns.size()];
		int[] indexes = new int[columns.size()];
		boolean[] asText = new boolean[columns.size()];
		ResultSetMetaData meta = rs.getMetaData();
		for (int i = 0; i < columns.size(); i++) {
			names[i] = new SerializedString(columns.get(i).name());
			indexes[i] = rs.findColumn(prefix + columns.get(i).name());
			asText[i] = copiedAsText(meta, indexes[i], columns.get(i));
		}
		return new Fields(columns, names, indexes, asText);
	}

	/**
	 * Whether the column's text is already what the feed writes: not when the driver gets
	 * it in binary (a statement prepared on the server, after a few runs), nor when the
	 * expression's type is not the property's (a timestamp for a date, a float for a
	 * decimal): those values are decoded and written as before.
	 */
	private static boolean copiedAsText(ResultSetMetaData meta, int index, FeedColumn column) throws SQLException {
		if (meta.unwrap(PGResultSetMetaData.class).getFormat(index) != 0) {
			return false;
		}
		int type = meta.getColumnType(index);
		return switch (column.type()) {
			case Int64, Decimal ->
				type == Types.NUMERIC || type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT;
			case Date -> type == Types.DATE;
			default -> true;
		};
	}

	/** Columns bound to their places in a query's rows. */
	final class Fields {

		private final List<FeedColumn> columns;

		private final SerializableString[] names;

		private final int[] indexes;

		private final boolean[] asText;

		private Fields(List<FeedColumn> columns, SerializableString[] names, int[] indexes, boolean[] asText) {
			this.columns = columns;
			this.names = names;
			this.indexes = indexes;
			this.asText = asText;
		}

		void write(JsonGenerator json, ResultSet rs) throws IOException, SQLException {
			for (int i = 0; i < indexes.length; i++) {
				json.writeFieldName(names[i]);
				value(json, rs, indexes[i], columns.get(i), asText[i]);
			}
		}

	}

	private void value(JsonGenerator json, ResultSet rs, int index, FeedColumn column, boolean asText)
			throws IOException, SQLException {
		switch (column.type()) {
			case Int32, Int16, Byte, SByte -> {
				int value = rs.getInt(index);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case Int64, Decimal -> {
				// PostgreSQL writes numbers plainly, digits and scale as stored
				String value = asText ? rs.getString(index) : plain(rs.getBigDecimal(index));
				if (value == null) {
					json.writeNull();
				}
				else if (ieee754) {
					json.writeString(value);
				}
				else {
					json.writeNumber(value);
				}
			}
			case Double, Single -> {
				double value = rs.getDouble(index);
				if (rs.wasNull() || !Double.isFinite(value)) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case Boolean -> {
				boolean value = rs.getBoolean(index);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeBoolean(value);
				}
			}
			case DateTimeOffset -> {
				OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeString(MOMENT.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
				}
			}
			case Date -> {
				if (asText) {
					// as the driver asks PostgreSQL to write dates: ISO, yyyy-MM-dd
					utf8(json, rs.getBytes(index));
				}
				else {
					LocalDate value = rs.getObject(index, LocalDate.class);
					if (value == null) {
						json.writeNull();
					}
					else {
						json.writeString(value.toString());
					}
				}
			}
			// a text as its UTF-8 bytes, escaped where JSON needs it
			default -> {
				if (asText) {
					utf8(json, rs.getBytes(index));
				}
				else {
					json.writeString(rs.getString(index));
				}
			}
		}
	}

	private static void utf8(JsonGenerator json, byte @Nullable [] value) throws IOException {
		if (value == null) {
			json.writeNull();
		}
		else {
			json.writeUTF8String(value, 0, value.length);
		}
	}

	private static @Nullable String plain(@Nullable BigDecimal value) {
		return value == null ? null : value.toPlainString();
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
