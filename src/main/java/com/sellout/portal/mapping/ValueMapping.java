package com.sellout.portal.mapping;

import java.time.OffsetDateTime;

/**
 * One of a distributor's words for one of ours: "Б7122" → "EL-10001", «Моск. обл» → "50".
 */
public record ValueMapping(ValueMappingType type, String from, String to, OffsetDateTime updatedAt, String updatedBy) {
}
