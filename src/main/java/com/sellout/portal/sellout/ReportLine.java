package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.sellout.internal.LineValues;

/**
 * One stored line of a report in the canonical template — every value of the {@link LineColumn
 * catalogue} — with its problems when it is an exception. The accessors are the few values pages
 * show; downloads and the API go through the catalogue.
 */
public record ReportLine(int lineNo, boolean accepted, boolean outOfPeriod, LineValues values,
		List<LineProblem> problems) {

	public LocalDate saleDate() {
		return values.date(LineColumn.SALE_DATE);
	}

	public String documentNo() {
		return values.text(LineColumn.DOCUMENT_NO);
	}

	public String clientInn() {
		return values.text(LineColumn.CLIENT_INN);
	}

	public String clientName() {
		return values.text(LineColumn.CLIENT_NAME);
	}

	public String regionCode() {
		return values.text(LineColumn.REGION_CODE);
	}

	public String sku() {
		return values.text(LineColumn.SKU);
	}

	public String distributorSku() {
		return values.text(LineColumn.DISTRIBUTOR_SKU);
	}

	public String productName() {
		return values.text(LineColumn.PRODUCT_NAME);
	}

	public BigDecimal quantity() {
		return values.decimal(LineColumn.QUANTITY);
	}

	public BigDecimal priceNet() {
		return values.decimal(LineColumn.PRICE_NET);
	}

	public BigDecimal amountNet() {
		return values.decimal(LineColumn.AMOUNT_NET);
	}

	public BigDecimal floorPrice() {
		return values.decimal(LineColumn.FLOOR_PRICE);
	}

	public BigDecimal belowFloorPct() {
		return values.decimal(LineColumn.BELOW_FLOOR_PCT);
	}

}
