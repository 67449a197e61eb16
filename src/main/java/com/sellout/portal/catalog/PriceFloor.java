package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A minimum resale price per unit, net of VAT, for a product; valid between two optional
 * dates, optionally only for a region, a client segment or a distributor. Replaced rules
 * stay as history.
 */
public record PriceFloor(long id, long productId, String sku, BigDecimal minPrice, LocalDate validFrom,
		LocalDate validTo, String regionCode, String segment, Long distributorId, OffsetDateTime createdAt,
		String createdBy, OffsetDateTime replacedAt, String replacedBy) {

	public boolean isGeneral() {
		return regionCode == null && segment == null && distributorId == null;
	}

	public boolean isCurrent() {
		return replacedAt == null;
	}

}
