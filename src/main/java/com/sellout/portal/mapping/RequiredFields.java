package com.sellout.portal.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a table's layout must map for its lines to be read at all: the sale date,
 * the client (its name or its ИНН), the quantity, something that names the product, and a
 * price or an amount.
 */
public final class RequiredFields {

	private RequiredFields() {
	}

	/**
	 * The fields a stock report's layout must map: the quantity (its closing balance) and
	 * something that names the product; no date, client nor money.
	 */
	public static List<String> missingForStock(List<Layout.MappedColumn> columns, Layout.Grouping grouping) {
		Set<CanonicalField> found = EnumSet.noneOf(CanonicalField.class);
		for (Layout.MappedColumn column : columns == null ? List.<Layout.MappedColumn>of() : columns) {
			if (column.field() != null) {
				found.add(column.field());
			}
		}
		if (grouping != null) {
			grouping.levels().forEach(level -> CanonicalField.byKey(level).ifPresent(found::add));
		}
		List<String> missing = new ArrayList<>();
		if (!found.contains(CanonicalField.QUANTITY)) {
			missing.add(CanonicalField.QUANTITY.key());
		}
		if (found.stream().noneMatch(CanonicalField::identifiesProduct)) {
			missing.add("sku|distributor_sku|ean|product_name");
		}
		return missing;
	}

	/** The required fields (or groups, "price|amount") the columns leave unmapped. */
	public static List<String> missing(List<Layout.MappedColumn> columns) {
		return missing(columns, null, false);
	}

	/**
	 * The same for a layout that may group its rows (a level names the client, the
	 * document — which gives the date — or the product) and whose lines may take their
	 * date from the report's period.
	 */
	public static List<String> missing(List<Layout.MappedColumn> columns, Layout.Grouping grouping,
			boolean datedByPeriod) {
		Set<CanonicalField> found = EnumSet.noneOf(CanonicalField.class);
		for (Layout.MappedColumn column : columns == null ? List.<Layout.MappedColumn>of() : columns) {
			if (column.field() != null) {
				found.add(column.field());
			}
		}
		if (grouping != null) {
			grouping.levels().forEach(level -> CanonicalField.byKey(level).ifPresent(found::add));
			if (grouping.names(CanonicalField.DOCUMENT_NO)) {
				found.add(CanonicalField.SALE_DATE);
			}
		}
		if (datedByPeriod) {
			found.add(CanonicalField.SALE_DATE);
		}
		List<String> missing = new ArrayList<>();
		for (CanonicalField field : List.of(CanonicalField.SALE_DATE, CanonicalField.QUANTITY)) {
			if (!found.contains(field)) {
				missing.add(field.key());
			}
		}
		// the client by its name, or by its ИНН alone: the registry then names the
		// distributor's own clients
		if (!found.contains(CanonicalField.CLIENT_NAME) && !found.contains(CanonicalField.CLIENT_INN)) {
			missing.add(found.contains(CanonicalField.SALE_DATE) ? 0 : 1, "client_name|client_inn");
		}
		if (found.stream().noneMatch(CanonicalField::identifiesProduct)) {
			missing.add("sku|distributor_sku|ean|product_name");
		}
		if (!found.contains(CanonicalField.PRICE) && !found.contains(CanonicalField.AMOUNT)) {
			missing.add("price|amount");
		}
		return missing;
	}

}
