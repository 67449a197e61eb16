package com.sellout.portal.mapping.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.Layout.MappedColumn;
import com.sellout.portal.mapping.LayoutDetection.Detection;
import com.sellout.portal.mapping.RequiredFields;
import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.shared.Sha256;

/**
 * Finds the header of a distributor's table below any title block — one row, or two where
 * a merged upper cell («Продажи») stands over the lower ones («Количество», «Сумма без
 * НДС») — and maps its columns to canonical fields: by the distributor's template when
 * the header's signature is known, else by header synonyms. The mapping is confident when
 * every required field is matched with confidence of at least {@link #CONFIDENT}.
 */
public final class LayoutDetector {

	public static final double CONFIDENT = 0.9;

	public static final int SEARCHED_ROWS = 30;

	private static final Pattern INCLUDES_VAT = Pattern
		.compile("(^| )(с ндс|в т ч ндс|включая ндс|incl vat|including vat|inc vat|gross|with vat)( |$)");

	private static final Pattern EXCLUDES_VAT = Pattern
		.compile("(^| )(без ндс|excl vat|excluding vat|net|без учета ндс)( |$)");

	private static final Pattern UNITS = Pattern.compile("( (руб|рублей|р|rub|шт|штук|pcs|ед|%))+$");

	private LayoutDetector() {
	}

	/**
	 * One column of a header candidate: its full text, and the upper and lower parts of a
	 * two-row header.
	 */
	record HeaderCell(String text, String upper, String lower) {

		HeaderCell(String text, String lower) {
			this(text, null, lower);
		}

	}

	record Candidate(List<RawRow> rows, List<HeaderCell> cells) {

		String signature() {
			StringBuilder text = new StringBuilder().append(rows.size()).append(':');
			int last = cells.size();
			while (last > 0 && cells.get(last - 1).text().isBlank()) {
				last--;
			}
			for (int i = 0; i < last; i++) {
				text.append(HeaderSynonyms.key(cells.get(i).text())).append('|');
			}
			return Sha256.hex(text.toString());
		}

	}

	private record Scored(Candidate candidate, List<MappedColumn> columns, Layout.Grouping grouping, boolean complete,
			int matched, double confidence) {
	}

	/**
	 * @param datedByPeriod whether lines without a date of their own take one from the
	 * report's period (the title names one): then no date column is required
	 */
	public static Detection detect(List<RawRow> top, Map<String, Layout> templates, boolean datedByPeriod) {
		return detect(top, templates, datedByPeriod, TableKind.SELLOUT);
	}

	/**
	 * The same for a table of this kind: a stock report's closing balance is its
	 * quantity, and it needs no date nor client; only the distributor's templates of the
	 * kind apply.
	 */
	public static Detection detect(List<RawRow> top, Map<String, Layout> templates, boolean datedByPeriod,
			TableKind kind) {
		boolean stock = kind == TableKind.STOCK;
		List<Candidate> candidates = candidates(top);
		for (Candidate candidate : candidates) {
			Layout template = templates.get(candidate.signature());
			if (template != null && template.tableKind() == kind) {
				return new Detection(placed(template, candidate, top), true, candidate.signature(), true);
			}
		}
		Scored best = null;
		for (Candidate candidate : candidates) {
			Scored scored = score(candidate, datedByPeriod, stock);
			if (best == null || better(scored, best)) {
				best = scored;
			}
		}
		if (best == null || best.matched() == 0) {
			return unknownHeaders(top);
		}
		Layout layout = new Layout(best.candidate().rows().stream().map(RawRow::number).toList(),
				firstDataRow(best.candidate(), top), best.columns(),
				new Layout.Settings(vatIncluded(best.columns()), null, null, stock ? kind.name() : null),
				best.grouping());
		boolean confident = best.complete() && requiredConfident(best.columns(), best.grouping(), datedByPeriod, stock);
		return new Detection(layout, confident, best.candidate().signature(), false);
	}

	/**
	 * No header is known: the widest of the first rows is offered as the header, every
	 * column unmapped, so that the person has the columns to choose fields for.
	 */
	private static Detection unknownHeaders(List<RawRow> top) {
		RawRow widest = null;
		for (int i = 0; i < Math.min(top.size(), SEARCHED_ROWS); i++) {
			if (widest == null || top.get(i).filled() > widest.filled()) {
				widest = top.get(i);
			}
		}
		if (widest == null || widest.filled() == 0) {
			return new Detection(new Layout(List.of(), null, List.of(), new Layout.Settings(null, null, null)), false,
					null, false);
		}
		List<MappedColumn> columns = new ArrayList<>();
		for (int i = 0; i < widest.cells().size(); i++) {
			columns.add(new MappedColumn(i, widest.cell(i), null, 0.0));
		}
		Candidate candidate = new Candidate(List.of(widest), List.of());
		return new Detection(new Layout(List.of(widest.number()), firstDataRow(candidate, top), columns,
				new Layout.Settings(null, null, null)), false, null, false);
	}

	/**
	 * The header a person named (by row numbers), with the fields they chose: for saving
	 * as a template.
	 */
	public static Optional<String> signatureAt(List<RawRow> top, List<Integer> headerRows) {
		for (Candidate candidate : candidates(top)) {
			if (candidate.rows().stream().map(RawRow::number).toList().equals(headerRows)) {
				return Optional.of(candidate.signature());
			}
		}
		return Optional.empty();
	}

	private static boolean requiredConfident(List<MappedColumn> columns, Layout.Grouping grouping,
			boolean datedByPeriod, boolean stock) {
		Map<CanonicalField, Double> found = fieldConfidence(columns);
		if (stock) {
			if (grouping != null) {
				grouping.levels()
					.forEach(level -> CanonicalField.byKey(level).ifPresent(field -> found.put(field, 1.0)));
			}
			return found.getOrDefault(CanonicalField.QUANTITY, 0.0) >= CONFIDENT && found.entrySet()
				.stream()
				.anyMatch(e -> e.getKey().identifiesProduct() && e.getValue() >= CONFIDENT);
		}
		if (grouping != null) {
			// a level is named by a compound header matched exactly («Контрагент /
			// Номенклатура»)
			grouping.levels().forEach(level -> CanonicalField.byKey(level).ifPresent(field -> found.put(field, 1.0)));
			if (grouping.names(CanonicalField.DOCUMENT_NO)) {
				found.put(CanonicalField.SALE_DATE, 1.0);
			}
		}
		if (datedByPeriod) {
			found.putIfAbsent(CanonicalField.SALE_DATE, 1.0);
		}
		boolean core = List.of(CanonicalField.SALE_DATE, CanonicalField.CLIENT_NAME, CanonicalField.QUANTITY)
			.stream()
			.allMatch(field -> found.getOrDefault(field, 0.0) >= CONFIDENT);
		boolean product = found.entrySet()
			.stream()
			.anyMatch(e -> e.getKey().identifiesProduct() && e.getValue() >= CONFIDENT);
		boolean money = found.getOrDefault(CanonicalField.PRICE, 0.0) >= CONFIDENT
				|| found.getOrDefault(CanonicalField.AMOUNT, 0.0) >= CONFIDENT;
		return core && product && money;
	}

	private static Map<CanonicalField, Double> fieldConfidence(List<MappedColumn> columns) {
		Map<CanonicalField, Double> found = new EnumMap<>(CanonicalField.class);
		for (MappedColumn column : columns) {
			if (column.field() != null) {
				found.merge(column.field(), column.confidence(), Math::max);
			}
		}
		return found;
	}

	private static boolean better(Scored a, Scored b) {
		if (a.complete() != b.complete()) {
			return a.complete();
		}
		if (a.matched() != b.matched()) {
			return a.matched() > b.matched();
		}
		return a.confidence() > b.confidence() + 1e-9;
	}

	static List<Candidate> candidates(List<RawRow> top) {
		List<Candidate> candidates = new ArrayList<>();
		int limit = Math.min(top.size(), SEARCHED_ROWS);
		for (int i = 0; i < limit; i++) {
			RawRow upper = top.get(i);
			if (upper.isBlank()) {
				continue;
			}
			candidates.add(new Candidate(List.of(upper),
					upper.cells().stream().map(text -> new HeaderCell(text, null)).toList()));
			if (i + 1 < top.size() && !top.get(i + 1).isBlank()) {
				candidates.add(twoRows(upper, top.get(i + 1)));
			}
		}
		return candidates;
	}

	/**
	 * A merged upper cell spreads over the lower cells under it: «Продажи» +
	 * «Количество».
	 */
	private static Candidate twoRows(RawRow upper, RawRow lower) {
		int width = Math.max(upper.cells().size(), lower.cells().size());
		List<HeaderCell> cells = new ArrayList<>(width);
		String spread = "";
		for (int column = 0; column < width; column++) {
			String top = upper.cell(column);
			String bottom = lower.cell(column);
			if (!top.isBlank()) {
				spread = top;
			}
			if (bottom.isBlank()) {
				cells.add(new HeaderCell(top, null));
				spread = top;
			}
			else {
				String over = top.isBlank() ? spread : top;
				cells.add(new HeaderCell((over + " " + bottom).strip(), top.isBlank() ? null : top, bottom));
			}
		}
		return new Candidate(List.of(upper, lower), cells);
	}

	private static Scored score(Candidate candidate, boolean datedByPeriod, boolean stock) {
		List<CanonicalField> fields = new ArrayList<>();
		List<Double> confidences = new ArrayList<>();
		Layout.Grouping grouping = null;
		for (int i = 0; i < candidate.cells().size(); i++) {
			HeaderCell cell = candidate.cells().get(i);
			Optional<List<String>> levels = grouping == null ? GroupLevels.of(cell.text(), cell.upper(), cell.lower())
					: Optional.empty();
			if (levels.isPresent()) {
				grouping = new Layout.Grouping(i, levels.get());
				fields.add(null);
				confidences.add(0.0);
				continue;
			}
			Match match = match(cell, stock);
			fields.add(match.field());
			confidences.add(match.confidence());
		}
		if (grouping != null) {
			// a level's field is the grouping column's: another column naming the same is
			// not that field
			for (int i = 0; i < fields.size(); i++) {
				if (fields.get(i) != null && grouping.names(fields.get(i))) {
					fields.set(i, null);
					confidences.set(i, 0.0);
				}
			}
		}
		// One column per field: the surest, then the first.
		for (int i = 0; i < fields.size(); i++) {
			for (int j = 0; j < fields.size(); j++) {
				if (i != j && fields.get(i) != null && fields.get(i) == fields.get(j)
						&& (confidences.get(j) > confidences.get(i)
								|| (confidences.get(j).equals(confidences.get(i)) && j < i))) {
					fields.set(i, null);
					confidences.set(i, 0.0);
					break;
				}
			}
		}
		List<MappedColumn> columns = new ArrayList<>();
		int matched = 0;
		double total = 0;
		for (int i = 0; i < fields.size(); i++) {
			CanonicalField field = fields.get(i);
			String header = candidate.cells().get(i).text();
			if (field == null && header.isBlank()) {
				continue;
			}
			if (grouping != null && i == grouping.column()) {
				matched += grouping.levels().size();
				total += grouping.levels().size();
			}
			columns.add(new MappedColumn(i, header, field, field == null ? 0 : confidences.get(i)));
			if (field != null) {
				matched++;
				total += confidences.get(i);
			}
		}
		List<String> missing = stock ? RequiredFields.missingForStock(columns, grouping)
				: RequiredFields.missing(columns, grouping, datedByPeriod);
		return new Scored(candidate, columns, grouping, missing.isEmpty(), matched, total);
	}

	record Match(CanonicalField field, double confidence) {
	}

	static Match match(HeaderCell cell, boolean stock) {
		if (cell.text().isBlank()) {
			return new Match(null, 0);
		}
		Optional<CanonicalField> exact = exactIgnoringUnits(cell.text(), stock);
		if (exact.isPresent()) {
			return new Match(exact.get(), 1.0);
		}
		if (cell.lower() != null) {
			Optional<CanonicalField> lower = exactIgnoringUnits(cell.lower(), stock);
			if (lower.isPresent()) {
				return new Match(lower.get(), 0.95);
			}
		}
		Optional<CanonicalField> prefix = HeaderSynonyms.prefix(cell.text(), stock);
		if (prefix.isPresent()) {
			return new Match(prefix.get(), 0.7);
		}
		return new Match(null, 0);
	}

	private static Optional<CanonicalField> exactIgnoringUnits(String text, boolean stock) {
		Optional<CanonicalField> exact = stock ? HeaderSynonyms.exactInStock(text) : HeaderSynonyms.exact(text);
		if (exact.isPresent()) {
			return exact;
		}
		String withoutUnits = UNITS.matcher(HeaderSynonyms.key(text)).replaceAll("");
		if (withoutUnits.isBlank()) {
			return Optional.empty();
		}
		return stock ? HeaderSynonyms.exactInStock(withoutUnits) : HeaderSynonyms.exact(withoutUnits);
	}

	/**
	 * From the headers of the amount (else the price): «Сумма с НДС» includes VAT, «без
	 * НДС» does not.
	 */
	private static Boolean vatIncluded(List<MappedColumn> columns) {
		for (CanonicalField field : List.of(CanonicalField.AMOUNT, CanonicalField.PRICE)) {
			for (MappedColumn column : columns) {
				if (field == column.field()) {
					String key = HeaderSynonyms.key(column.header());
					if (INCLUDES_VAT.matcher(key).find()) {
						return true;
					}
					if (EXCLUDES_VAT.matcher(key).find()) {
						return false;
					}
				}
			}
		}
		return null;
	}

	private static Layout placed(Layout template, Candidate candidate, List<RawRow> top) {
		return new Layout(candidate.rows().stream().map(RawRow::number).toList(), firstDataRow(candidate, top),
				template.columns(), template.settings(), template.grouping());
	}

	private static Integer firstDataRow(Candidate candidate, List<RawRow> top) {
		RawRow last = candidate.rows().get(candidate.rows().size() - 1);
		int position = top.indexOf(last);
		return position + 1 < top.size() ? top.get(position + 1).number() : last.number() + 1;
	}

}
