package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A product of the manufacturer's catalog. {@code groupPath} reads "Group / Subgroup".
 */
public record Product(long id, String sku, String name, Long groupId, String groupPath, String brand, String unit,
		String ean, BigDecimal listPrice, boolean active, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
