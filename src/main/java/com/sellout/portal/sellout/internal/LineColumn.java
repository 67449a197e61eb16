package com.sellout.portal.sellout.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sellout.portal.mapping.CanonicalField;

import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The values a stored sell-out line carries, each once: the canonical field it stores,
 * its column in {@code sellout_lines}, its type and longest text, how it is taken from a
 * checked line, and the header it has in a downloaded table. Statements name a line's
 * columns only through this catalogue ({@link #list}, {@link #column()}, {@link #in});
 * {@code LineColumnCatalogueTest} fails on a column named anywhere else. The COPY, the
 * staging table, re-validation, reads and exports all go through this list — a column
 * added here reaches every one of them, and none can be left out of one alone. The
 * bookkeeping columns (line number, accepted, out of period, problems, source) are not
 * values of the line and are not listed.
 */
public enum LineColumn {

	SALE_DATE(CanonicalField.SALE_DATE, "sale_date", Type.DATE, "sellout.line.date", l -> l.saleDate),
	DOCUMENT_NO(CanonicalField.DOCUMENT_NO, "document_no", Type.TEXT, 100, "sellout.line.document", l -> l.documentNo),
	CLIENT_INN(CanonicalField.CLIENT_INN, "client_inn", Type.TEXT, 12, "sellout.line.inn", l -> l.clientInn),
	CLIENT_KPP(CanonicalField.CLIENT_KPP, "client_kpp", Type.TEXT, 9, "sellout.field.client_kpp", l -> l.clientKpp),
	CLIENT_NAME(CanonicalField.CLIENT_NAME, "client_name", Type.TEXT, 500, "sellout.line.client", l -> l.clientName),
	CLIENT_SEGMENT(CanonicalField.CLIENT_SEGMENT, "client_segment", Type.TEXT, 32, "sellout.field.client_segment",
			l -> l.clientSegment),
	REGION_CODE(CanonicalField.REGION, "region_code", Type.TEXT, 3, "sellout.line.region", l -> l.regionCode),
	CITY(CanonicalField.CITY, "city", Type.TEXT, 255, "sellout.field.city", l -> l.city),
	DELIVERY_ADDRESS(CanonicalField.DELIVERY_ADDRESS, "delivery_address", Type.TEXT, 1000,
			"sellout.field.delivery_address", l -> l.deliveryAddress),
	SKU(CanonicalField.SKU, "sku", Type.TEXT, 64, "sellout.line.sku", l -> l.sku),
	DISTRIBUTOR_SKU(CanonicalField.DISTRIBUTOR_SKU, "distributor_sku", Type.TEXT, 100, "sellout.line.distributorSku",
			l -> l.distributorSku),
	EAN(CanonicalField.EAN, "ean", Type.TEXT, 14, "sellout.field.ean", l -> l.ean),
	PRODUCT_NAME(CanonicalField.PRODUCT_NAME, "product_name", Type.TEXT, 500, "sellout.line.product",
			l -> l.productName),
	QUANTITY(CanonicalField.QUANTITY, "quantity", Type.DECIMAL, "sellout.line.quantity", l -> l.quantity),
	UNIT(CanonicalField.UNIT, "unit", Type.TEXT, 32, "sellout.field.unit", l -> l.unit),
	PRICE_NET(CanonicalField.PRICE, "price_net", Type.DECIMAL, "sellout.line.priceNet", l -> l.priceNet),
	AMOUNT_NET(CanonicalField.AMOUNT, "amount_net", Type.DECIMAL, "sellout.line.amountNet", l -> l.amountNet),
	VAT_RATE(CanonicalField.VAT_RATE, "vat_rate", Type.DECIMAL, "sellout.field.vat_rate", l -> l.vatRate),
	CURRENCY(CanonicalField.CURRENCY, "currency", Type.TEXT, 3, "sellout.field.currency", l -> l.currency),
	WAREHOUSE(CanonicalField.WAREHOUSE, "warehouse", Type.TEXT, 255, "sellout.field.warehouse", l -> l.warehouse),
	PROJECT(CanonicalField.PROJECT, "project", Type.TEXT, 255, "sellout.field.project", l -> l.project),
	FLOOR_PRICE(null, "floor_price", Type.DECIMAL, "sellout.line.floor", l -> l.floorPrice),
	BELOW_FLOOR_PCT(null, "below_floor_pct", Type.DECIMAL, "sellout.line.below", l -> l.belowFloorPct);

	/** How a value is stored, staged and read. */
	public enum Type {

		TEXT("text", Types.VARCHAR), DATE("date", Types.DATE), DECIMAL("numeric", Types.NUMERIC);

		private final String sql;

		private final int jdbc;

		Type(String sql, int jdbc) {
			this.sql = sql;
			this.jdbc = jdbc;
		}

	}

	private static final LineColumn[] ALL = values();

	/**
	 * The canonical field the column stores (null for what the portal computes: the floor
	 * and the shortfall).
	 */
	private final CanonicalField field;

	private final String column;

	private final Type type;

	private final String header;

	private final Function<ValidatedLine, Object> value;

	/**
	 * The longest text its column holds ({@code varchar(n)} in V4_1); 0 for values that
	 * are not text.
	 */
	private final int maxLength;

	LineColumn(CanonicalField field, String column, Type type, String header, Function<ValidatedLine, Object> value) {
		this(field, column, type, 0, header, value);
	}

	LineColumn(CanonicalField field, String column, Type type, int maxLength, String header,
			Function<ValidatedLine, Object> value) {
		this.field = field;
		this.column = column;
		this.type = type;
		this.maxLength = maxLength;
		this.header = header;
		this.value = value;
	}

	/** Its name in {@code sellout_lines}: "client_inn". */
	public String column() {
		return column;
	}

	/**
	 * The column under a table's alias, for a statement that joins lines: "l.client_inn".
	 */
	public String in(String alias) {
		return alias + "." + column;
	}

	/**
	 * The canonical field the column stores; empty for the values the portal computes
	 * (floor, shortfall).
	 */
	public Optional<CanonicalField> field() {
		return Optional.ofNullable(field);
	}

	/**
	 * The column that stores the canonical field, if one does (the VAT convention is not
	 * stored: amounts are net).
	 */
	public static Optional<LineColumn> storing(CanonicalField field) {
		for (LineColumn candidate : ALL) {
			if (candidate.field == field) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	public Type type() {
		return type;
	}

	/** The longest text the column holds; 0 when it is not text. */
	public int maxLength() {
		return maxLength;
	}

	/**
	 * The longest text the column of this name holds; 0 when there is no such text
	 * column.
	 */
	public static int maxLengthOf(String column) {
		for (LineColumn candidate : ALL) {
			if (candidate.column.equals(column)) {
				return candidate.maxLength;
			}
		}
		return 0;
	}

	/** The message key of its header in a downloaded table. */
	public String header() {
		return header;
	}

	/** Its name in the API's JSON, as the API has always written it: "clientInn". */
	public String apiName() {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

	/** The value a checked line has for this column (null when it has none). */
	Object of(ValidatedLine line) {
		return value.apply(line);
	}

	/** The checked line's value as a statement parameter of the column's type. */
	SqlParameterValue parameter(ValidatedLine line) {
		return new SqlParameterValue(type.jdbc, of(line));
	}

	/** This column's value in a row that selected it under its own name. */
	Object read(ResultSet rs) throws SQLException {
		return switch (type) {
			case TEXT -> rs.getString(column);
			case DATE -> rs.getObject(column, LocalDate.class);
			case DECIMAL -> rs.getBigDecimal(column);
		};
	}

	/**
	 * "sale_date, document_no, …", each name after the prefix ("l." for a table alias, or
	 * "").
	 */
	public static String list(String prefix) {
		return Arrays.stream(ALL).map(c -> prefix + c.column).collect(Collectors.joining(", "));
	}

	/** "sale_date date, document_no text, …": the columns of a table that holds lines. */
	static String definitions() {
		return Arrays.stream(ALL).map(c -> c.column + " " + c.type.sql).collect(Collectors.joining(", "));
	}

	/**
	 * "sale_date = ?, document_no = ?, …": an UPDATE of every value, parameters in
	 * catalogue order.
	 */
	static String assignments() {
		return Arrays.stream(ALL).map(c -> c.column + " = ?").collect(Collectors.joining(", "));
	}

	/** Every value of a row that selected {@link #list(String)}. */
	public static LineValues readAll(ResultSet rs) throws SQLException {
		Map<LineColumn, Object> values = new EnumMap<>(LineColumn.class);
		for (LineColumn column : ALL) {
			Object value = column.read(rs);
			if (value != null) {
				values.put(column, value);
			}
		}
		return new LineValues(values);
	}

	/** Every value of a checked line, as it will be stored. */
	static LineValues valuesOf(ValidatedLine line) {
		Map<LineColumn, Object> values = new EnumMap<>(LineColumn.class);
		for (LineColumn column : ALL) {
			Object value = column.of(line);
			if (value != null) {
				values.put(column, value);
			}
		}
		return new LineValues(values);
	}

}
