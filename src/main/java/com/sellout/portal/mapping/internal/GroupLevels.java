package com.sellout.portal.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.sellout.portal.mapping.CanonicalField;

/**
 * The header of a 1C report's grouping column: the groupings chosen, outermost first,
 * written in one cell («Контрагент / Номенклатура», «Контрагент, Документ, Номенклатура»,
 * one per line) or in the two rows of a two-row header. Only the client, the document,
 * the warehouse (a stock statement's «Склад / Номенклатура» or «Номенклатура / Склад»)
 * and the product group lines.
 */
final class GroupLevels {

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:/|\\\\|,|;|\\n|\\r\\n?)\\s*");

	private static final Set<CanonicalField> GROUPABLE = Set.of(CanonicalField.CLIENT_NAME, CanonicalField.DOCUMENT_NO,
			CanonicalField.WAREHOUSE, CanonicalField.PRODUCT_NAME);

	private GroupLevels() {
	}

	/**
	 * The levels' fields ("client_name", "product_name"), when the header names two or
	 * three groupings.
	 */
	static Optional<List<String>> of(String text, String upper, String lower) {
		Optional<List<String>> single = levels(List.of(SEPARATOR.split(text.strip())));
		if (single.isPresent() || upper == null || lower == null) {
			return single;
		}
		List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(upper.strip())));
		parts.addAll(List.of(SEPARATOR.split(lower.strip())));
		return levels(parts);
	}

	private static Optional<List<String>> levels(List<String> parts) {
		if (parts.size() < 2 || parts.size() > 3) {
			return Optional.empty();
		}
		List<String> levels = new ArrayList<>();
		for (String part : parts) {
			Optional<CanonicalField> field = HeaderSynonyms.exact(part);
			if (field.isEmpty() || !GROUPABLE.contains(field.get()) || levels.contains(field.get().key())) {
				return Optional.empty();
			}
			levels.add(field.get().key());
		}
		// a document is never the innermost level: its lines are below it; a warehouse is
		// only below a product («Номенклатура / Склад»: a product's stock per warehouse)
		String innermost = levels.get(levels.size() - 1);
		boolean warehouseOfProduct = innermost.equals(CanonicalField.WAREHOUSE.key())
				&& levels.contains(CanonicalField.PRODUCT_NAME.key());
		if (!innermost.equals(CanonicalField.PRODUCT_NAME.key()) && !innermost.equals(CanonicalField.CLIENT_NAME.key())
				&& !warehouseOfProduct) {
			return Optional.empty();
		}
		return Optional.of(List.copyOf(levels));
	}

}
