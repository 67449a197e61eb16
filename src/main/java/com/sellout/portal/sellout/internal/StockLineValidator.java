package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.reading.CellValues;

/**
 * Checks one line of a stock report: its product resolved exactly as a sell-out line's
 * (SKU → the distributor's code → EAN → exact name, by the same {@link LineValidator}),
 * its unit by the distributor's aliases, its quantity — the closing stock, required, a
 * number and not negative («отрицательный остаток») — and its cost per unit, when given,
 * a number. No sale date, client or money is asked of it. A line with an error is an
 * exception, kept with what the file said.
 */
final class StockLineValidator {

	static final String NEGATIVE_STOCK = "negativeStock";

	/**
	 * What the columns hold (numeric(18, 3) and (18, 4)): a larger number is no figure.
	 */
	private static final BigDecimal LIMIT = new BigDecimal("1E14");

	private final LineValidator sellOut;

	StockLineValidator(ReportContext context) {
		this.sellOut = new LineValidator(context);
	}

	ValidatedLine validate(SourceLine in) {
		ValidatedLine line = new ValidatedLine();
		line.number = in.number();
		line.distributorSku = LineValidator.fitted(in.get(CanonicalField.DISTRIBUTOR_SKU), LineColumn.DISTRIBUTOR_SKU,
				line);
		line.productName = LineValidator.fitted(in.get(CanonicalField.PRODUCT_NAME), LineColumn.PRODUCT_NAME, line);
		line.warehouse = LineValidator.fitted(in.get(CanonicalField.WAREHOUSE), LineColumn.WAREHOUSE, line);
		line.unit = sellOut.unit(in.get(CanonicalField.UNIT), line);
		sellOut.product(in, line);
		quantity(in.get(CanonicalField.QUANTITY), line);
		cost(in.get(CanonicalField.COST), line);
		LineValidator.keepSource(in, line);
		return line;
	}

	private static void quantity(String text, ValidatedLine line) {
		if (text == null) {
			line.error("quantity", null, "missingQuantity");
			return;
		}
		line.quantity = CellValues.decimal(text).filter(StockLineValidator::fits).orElse(null);
		if (line.quantity == null) {
			line.error("quantity", text, "badNumber");
		}
		else if (line.quantity.signum() < 0) {
			line.error("quantity", text, NEGATIVE_STOCK);
		}
	}

	private static boolean fits(BigDecimal value) {
		return value.abs().compareTo(LIMIT) < 0;
	}

	private static void cost(String text, ValidatedLine line) {
		if (text == null) {
			return;
		}
		BigDecimal cost = CellValues.decimal(text).filter(StockLineValidator::fits).orElse(null);
		if (cost == null) {
			line.error(CanonicalField.COST.key(), text, "badNumber");
		}
		line.cost = cost;
	}

}
