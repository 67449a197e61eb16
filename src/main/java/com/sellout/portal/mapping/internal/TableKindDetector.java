package com.sellout.portal.mapping.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.mapping.internal.LayoutDetector.Candidate;
import com.sellout.portal.mapping.internal.LayoutDetector.HeaderCell;
import com.sellout.portal.mapping.internal.LayoutDetector.Match;
import com.sellout.portal.reading.RawRow;

/**
 * Tells from a table's header whether it lists sales or stock, before it is read: a
 * header with a buyer (the client's ИНН or name, also as a grouping level) is a sell-out
 * report's; one with a closing balance («Остаток», «Конечный остаток», "On hand") and no
 * buyer a stock report's; one with a sale date or document and no balance a sell-out
 * report's. A header naming only a product and a quantity («Артикул; Количество») may be
 * either: a person (or the channel) must say. A table whose header is not found at all is
 * taken for sell-out, whose reading then asks for its layout as it always has.
 */
public final class TableKindDetector {

	private static final Set<CanonicalField> BUYER = Set.of(CanonicalField.CLIENT_INN, CanonicalField.CLIENT_NAME,
			CanonicalField.CLIENT_KPP);

	private static final Set<CanonicalField> SALE = Set.of(CanonicalField.SALE_DATE, CanonicalField.DOCUMENT_NO);

	private TableKindDetector() {
	}

	/**
	 * The kind of the table whose first rows these are; empty when the header may be
	 * either.
	 * @param templates the distributor's templates by header signature: a known header is
	 * of its template's kind
	 */
	public static Optional<TableKind> kindOf(List<RawRow> top, Map<String, Layout> templates) {
		List<Candidate> candidates = LayoutDetector.candidates(top);
		for (Candidate candidate : candidates) {
			Layout template = templates.get(candidate.signature());
			if (template != null) {
				return Optional.of(template.tableKind());
			}
		}
		Signals best = best(candidates);
		if (best == null || best.matched() < 2) {
			return Optional.of(TableKind.SELLOUT);
		}
		if (best.buyer()) {
			return Optional.of(TableKind.SELLOUT);
		}
		if (best.balance()) {
			return Optional.of(TableKind.STOCK);
		}
		if (best.sale() || !(best.product() && best.quantity())) {
			return Optional.of(TableKind.SELLOUT);
		}
		return Optional.empty();
	}

	/**
	 * Whether the table's header names a buyer (the client's ИНН, КПП or name, also as a
	 * grouping level): what a stock report never has, whatever its sender called it.
	 */
	public static boolean namesABuyer(List<RawRow> top) {
		Signals best = best(LayoutDetector.candidates(top));
		return best != null && best.matched() >= 2 && best.buyer();
	}

	/** The header candidate whose cells name the most fields, the surest first. */
	private static Signals best(List<Candidate> candidates) {
		Signals best = null;
		for (Candidate candidate : candidates) {
			Signals signals = Signals.of(candidate);
			if (best == null || signals.matched() > best.matched()
					|| (signals.matched() == best.matched() && signals.confidence() > best.confidence() + 1e-9)) {
				best = signals;
			}
		}
		return best;
	}

	/**
	 * What one header candidate's cells name: how many fields (each once, as a layout
	 * maps it) and how surely, so that the header row is told from a header spread over
	 * the first line.
	 */
	private record Signals(int matched, double confidence, boolean buyer, boolean sale, boolean balance,
			boolean product, boolean quantity) {

		static Signals of(Candidate candidate) {
			Map<CanonicalField, Double> fields = new EnumMap<>(CanonicalField.class);
			int levelCount = 0;
			boolean buyer = false;
			boolean sale = false;
			boolean balance = false;
			boolean product = false;
			boolean quantity = false;
			for (HeaderCell cell : candidate.cells()) {
				Optional<List<String>> levels = GroupLevels.of(cell.text(), cell.upper(), cell.lower());
				if (levels.isPresent()) {
					levelCount++;
					buyer |= levels.get().contains(CanonicalField.CLIENT_NAME.key());
					sale |= levels.get().contains(CanonicalField.DOCUMENT_NO.key());
					product |= levels.get().contains(CanonicalField.PRODUCT_NAME.key());
					continue;
				}
				Match inStock = LayoutDetector.match(cell, true);
				if (inStock.field() == null) {
					continue;
				}
				fields.merge(inStock.field(), inStock.confidence(), Math::max);
				Match inSales = LayoutDetector.match(cell, false);
				buyer |= BUYER.contains(inStock.field());
				sale |= SALE.contains(inStock.field());
				product |= inStock.field().identifiesProduct();
				quantity |= inStock.field() == CanonicalField.QUANTITY;
				// a closing balance: a quantity only a stock report's headers name, or
				// name more surely («Количество на складе»)
				balance |= inStock.field() == CanonicalField.QUANTITY
						&& (inSales.field() != CanonicalField.QUANTITY || inSales.confidence() < inStock.confidence());
			}
			double confidence = fields.values().stream().mapToDouble(Double::doubleValue).sum() + levelCount;
			return new Signals(fields.size() + levelCount, confidence, buyer, sale, balance, product, quantity);
		}

	}

}
