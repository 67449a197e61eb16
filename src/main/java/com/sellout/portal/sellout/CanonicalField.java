package com.sellout.portal.sellout;

import java.util.Locale;
import java.util.Optional;

/** The fields of the canonical sell-out line (docs/canonical-line.md), named as in the canonical JSON. */
public enum CanonicalField {

	SALE_DATE, DOCUMENT_NO, CLIENT_INN, CLIENT_KPP, CLIENT_NAME, CLIENT_SEGMENT, REGION, CITY, DELIVERY_ADDRESS, SKU,
	DISTRIBUTOR_SKU, EAN, PRODUCT_NAME, QUANTITY, UNIT, PRICE, AMOUNT, VAT_RATE, VAT_INCLUDED, CURRENCY, WAREHOUSE,
	PROJECT;

	/** "sale_date". */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CanonicalField> byKey(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(key.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public boolean identifiesProduct() {
		return this == SKU || this == DISTRIBUTOR_SKU || this == EAN || this == PRODUCT_NAME;
	}

}
