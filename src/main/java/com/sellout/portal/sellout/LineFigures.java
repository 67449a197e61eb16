package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.sellout.internal.LineValues;

/**
 * The values of a stored line that pages show, read from the {@link LineColumn
 * catalogue}; a report's line and a line of the data view are both one.
 */
public interface LineFigures {

	LineValues values();

	default LocalDate saleDate() {
		return values().date(LineColumn.SALE_DATE);
	}

	default String documentNo() {
		return values().text(LineColumn.DOCUMENT_NO);
	}

	default String clientInn() {
		return values().text(LineColumn.CLIENT_INN);
	}

	default String clientName() {
		return values().text(LineColumn.CLIENT_NAME);
	}

	default String regionCode() {
		return values().text(LineColumn.REGION_CODE);
	}

	default String sku() {
		return values().text(LineColumn.SKU);
	}

	default String distributorSku() {
		return values().text(LineColumn.DISTRIBUTOR_SKU);
	}

	default String productName() {
		return values().text(LineColumn.PRODUCT_NAME);
	}

	default BigDecimal quantity() {
		return values().decimal(LineColumn.QUANTITY);
	}

	default BigDecimal priceNet() {
		return values().decimal(LineColumn.PRICE_NET);
	}

	default BigDecimal amountNet() {
		return values().decimal(LineColumn.AMOUNT_NET);
	}

	default BigDecimal floorPrice() {
		return values().decimal(LineColumn.FLOOR_PRICE);
	}

	default BigDecimal belowFloorPct() {
		return values().decimal(LineColumn.BELOW_FLOOR_PCT);
	}

}
