package com.sellout.portal.mapping;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The fields of the canonical sell-out line (docs/canonical-line.md), named as in the
 * canonical JSON: what a table's column is mapped to. A stock line uses the product's
 * fields, {@code quantity} (the closing stock), {@code warehouse}, {@code unit} and
 * {@code cost}. In JSON (a stored layout, the API) a field is its key, "sale_date".
 */
public enum CanonicalField {

	SALE_DATE, DOCUMENT_NO, CLIENT_INN, CLIENT_KPP, CLIENT_NAME, CLIENT_SEGMENT, REGION, CITY, DELIVERY_ADDRESS, SKU,
	DISTRIBUTOR_SKU, EAN, PRODUCT_NAME, QUANTITY, UNIT, PRICE, AMOUNT, VAT_RATE, VAT_INCLUDED, CURRENCY, WAREHOUSE,
	PROJECT,
	/** A stock line's cost per unit (остатки); a sell-out line has none. */
	COST;

	/** "sale_date". */
	@JsonValue
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

	/** The field of this key, as JSON names it; a key that names no field is refused. */
	@JsonCreator
	public static CanonicalField ofKey(String key) {
		return byKey(key).orElseThrow(() -> new IllegalArgumentException("Not a canonical field: " + key));
	}

	public boolean identifiesProduct() {
		return this == SKU || this == DISTRIBUTOR_SKU || this == EAN || this == PRODUCT_NAME;
	}

}
