package com.sellout.portal.mapping;

/**
 * What a distributor's value mapping translates: its item codes, or its names for
 * regions, units, segments.
 */
public enum ValueMappingType {

	SKU, REGION, UNIT, SEGMENT

}
