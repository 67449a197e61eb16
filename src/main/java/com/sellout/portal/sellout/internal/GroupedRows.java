package com.sellout.portal.sellout.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.reading.RawRow;

/**
 * The rows of a 1C report grouped by rows, turned into lines. A row of an outer level (a
 * client, a document, a product) is a group: it names what the rows below it share and
 * its figures are subtotals, never a line. A row of the innermost level is a line, with
 * what its groups named.
 * <p>
 * A row's level is told by its outline level, else by its first cell's indent, else — in
 * a file with neither, like a CSV — by its content: a document title («Реализация товаров
 * и услуг 00БТ-000123 от 05.12.2026 12:00:00») is a document, a row with an ИНН and no
 * article a client, a row with an article and no ИНН a product, a row with neither a
 * client (one without an ИНН); in a stock statement grouped by warehouse a row with
 * neither an article nor a unit is a warehouse. Which of the three ways applies is
 * decided once, from the first rows. The lines of a return document («Возврат товаров от
 * клиента …») are returns: negative.
 */
final class GroupedRows {

	private static final Pattern DOCUMENT = Pattern.compile(
			"^(?<kind>.*?)\\s+(?<number>\\S+)\\s+от\\s+(?<date>\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");

	private static final Set<CanonicalField> FIGURES = Set.of(CanonicalField.QUANTITY, CanonicalField.PRICE,
			CanonicalField.AMOUNT);

	private static final Set<CanonicalField> PRODUCT_CODES = Set.of(CanonicalField.SKU, CanonicalField.DISTRIBUTOR_SKU,
			CanonicalField.EAN);

	enum LevelSign {

		OUTLINE, INDENT, CONTENT

	}

	private final Layout.Grouping grouping;

	private final CanonicalField[] fieldOf;

	private final List<CanonicalField> levels;

	private final LevelSign sign;

	/**
	 * Whether the file has a column of product codes (article, distributor's code, EAN).
	 */
	private final boolean productCodes;

	/** Whether the file has a column of units, which only a product's row fills. */
	private final boolean units;

	private final int base;

	private final int step;

	/** What each level's current group named; index by level. */
	private final SourceLine[] groups;

	private boolean returns;

	/**
	 * @param first the first data rows, to tell how levels are shown
	 */
	GroupedRows(Layout.Grouping grouping, CanonicalField[] fieldOf, List<RawRow> first) {
		this.grouping = grouping;
		this.fieldOf = fieldOf;
		this.levels = grouping.levels().stream().map(key -> CanonicalField.byKey(key).orElseThrow()).toList();
		this.groups = new SourceLine[levels.size()];
		boolean codes = false;
		boolean unit = false;
		for (CanonicalField field : fieldOf) {
			codes |= field != null && PRODUCT_CODES.contains(field);
			unit |= field == CanonicalField.UNIT;
		}
		this.productCodes = codes;
		this.units = unit;
		RawRow top = first.isEmpty() ? null : first.get(0);
		if (top != null && first.stream().anyMatch(row -> row.outline() != top.outline())) {
			sign = LevelSign.OUTLINE;
			base = top.outline();
			step = 1;
		}
		else if (top != null && first.stream().anyMatch(row -> row.indent() != top.indent())) {
			sign = LevelSign.INDENT;
			base = top.indent();
			step = first.stream()
				.mapToInt(row -> Math.abs(row.indent() - top.indent()))
				.filter(d -> d > 0)
				.min()
				.orElse(1);
		}
		else {
			sign = LevelSign.CONTENT;
			base = 0;
			step = 1;
		}
	}

	LevelSign sign() {
		return sign;
	}

	/**
	 * The line this row is, or null when it is a group (whose names the rows below
	 * inherit).
	 */
	SourceLine line(RawRow row) {
		int level = level(row);
		String name = row.cell(grouping.column());
		if (level < levels.size() - 1) {
			SourceLine group = new SourceLine(row.number());
			CanonicalField field = levels.get(level);
			if (field == CanonicalField.DOCUMENT_NO) {
				document(name, group);
			}
			else {
				group.set(field, name);
			}
			if (field != CanonicalField.DOCUMENT_NO
					&& level < Math.max(0, levels.indexOf(CanonicalField.DOCUMENT_NO))) {
				returns = false; // a new client: its documents follow
			}
			copy(row, group, false);
			groups[level] = group;
			for (int deeper = level + 1; deeper < groups.length; deeper++) {
				groups[deeper] = null;
			}
			return null;
		}
		SourceLine line = new SourceLine(row.number());
		for (SourceLine group : groups) {
			if (group != null) {
				for (CanonicalField field : CanonicalField.values()) {
					if (group.get(field) != null) {
						line.set(field, group.get(field));
					}
				}
			}
		}
		line.set(levels.get(levels.size() - 1), name);
		copy(row, line, true);
		if (returns) {
			negate(line, CanonicalField.QUANTITY);
			negate(line, CanonicalField.AMOUNT);
		}
		return line;
	}

	private int level(RawRow row) {
		int deepest = levels.size() - 1;
		return switch (sign) {
			case OUTLINE -> clamp(row.outline() - base, deepest);
			case INDENT -> clamp((row.indent() - base) / step, deepest);
			case CONTENT -> levelByContent(row, deepest);
		};
	}

	private int levelByContent(RawRow row, int deepest) {
		int document = levels.indexOf(CanonicalField.DOCUMENT_NO);
		if (document >= 0 && DOCUMENT.matcher(row.cell(grouping.column())).matches()) {
			return document;
		}
		boolean inn = has(row, Set.of(CanonicalField.CLIENT_INN));
		boolean code = has(row, PRODUCT_CODES);
		int client = levels.indexOf(CanonicalField.CLIENT_NAME);
		int product = levels.indexOf(CanonicalField.PRODUCT_NAME);
		if (inn && code) {
			return deepest; // a full line
		}
		if (inn) {
			return client >= 0 ? client : deepest;
		}
		if (code) {
			return product >= 0 ? product : deepest;
		}
		int warehouse = levels.indexOf(CanonicalField.WAREHOUSE);
		if (warehouse >= 0 && (productCodes || units)) {
			// A warehouse above its products sums up products of many units: its row has
			// no unit, while a product without an article still has one. Below a product
			// a warehouse's row may repeat the unit: there only the article tells.
			boolean productRow = has(row, Set.of(CanonicalField.UNIT)) && (warehouse < product || !productCodes);
			return productRow ? (product >= 0 ? product : deepest) : warehouse;
		}
		// Neither: a product row carries its article wherever the file has an article
		// column, while
		// a client may have no ИНН (an entrepreneur, a person) — so such a row is a
		// client, unless
		// the file has no article column at all.
		if (client >= 0 && productCodes) {
			return client;
		}
		return product >= 0 ? product : deepest;
	}

	private boolean has(RawRow row, Set<CanonicalField> fields) {
		for (int i = 0; i < fieldOf.length; i++) {
			if (fieldOf[i] != null && fields.contains(fieldOf[i]) && !row.cell(i).isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static int clamp(int level, int deepest) {
		return Math.max(0, Math.min(level, deepest));
	}

	/**
	 * A group's or a line's own columns; a group's figures are subtotals and stay out.
	 */
	private void copy(RawRow row, SourceLine to, boolean figures) {
		for (int i = 0; i < fieldOf.length; i++) {
			CanonicalField field = fieldOf[i];
			if (field != null && (figures || !FIGURES.contains(field)) && !row.cell(i).isBlank()) {
				to.set(field, row.cell(i));
			}
		}
	}

	/**
	 * «Реализация товаров и услуг 00БТ-000123 от 05.12.2026 12:00:00»: the number and the
	 * date of the lines below.
	 */
	private void document(String title, SourceLine group) {
		Matcher matcher = DOCUMENT.matcher(title);
		if (matcher.matches()) {
			group.set(CanonicalField.DOCUMENT_NO, matcher.group("number"));
			group.set(CanonicalField.SALE_DATE, matcher.group("date"));
			returns = matcher.group("kind").toLowerCase(Locale.ROOT).startsWith("возврат");
		}
		else {
			group.set(CanonicalField.DOCUMENT_NO, title);
			returns = false;
		}
	}

	/** 1C prints a return's figures negative; one printed positive is made so. */
	private static void negate(SourceLine line, CanonicalField field) {
		String value = line.get(field);
		if (value != null && !value.startsWith("-") && !value.startsWith("−") && !value.startsWith("(")) {
			line.set(field, "-" + value);
		}
	}

}
