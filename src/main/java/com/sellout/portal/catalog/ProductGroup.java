package com.sellout.portal.catalog;

import java.util.Arrays;

/**
 * A product group or subgroup; {@code path} names it with its parents: "Group /
 * Subgroup".
 */
public record ProductGroup(long id, Long parentId, String name, String path) {

	public static final String SEPARATOR = " / ";

	/** "Щиты/ Корпуса " and "Щиты / Корпуса" are the same path. */
	public static String normalisePath(String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		return String.join(SEPARATOR,
				Arrays.stream(path.split("/")).map(String::strip).filter(part -> !part.isEmpty()).toList());
	}

}
