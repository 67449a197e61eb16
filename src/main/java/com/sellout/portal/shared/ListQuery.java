package com.sellout.portal.shared;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a user asks of a list page: a search text, a sort column among those the list
 * allows, its direction and the page. Unknown sort columns fall back to the default;
 * sizes are bounded.
 */
public record ListQuery(String search, String sort, boolean descending, int page, int size) {

	public static final int MAX_SIZE = 200;

	public ListQuery {
		search = search == null || search.isBlank() ? null : search.strip();
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
	}

	/**
	 * The page size a list's address asks for ({@code size}), bounded, or the list's own
	 * when it asks for none.
	 */
	public static int sizeOr(@Nullable Integer asked, int pageSize) {
		return asked == null || asked <= 0 ? pageSize : Math.min(asked, MAX_SIZE);
	}

	/**
	 * The sort column if allowed, else the default. Only allowed names ever reach SQL.
	 */
	public String sortOr(Set<String> allowed, String fallback) {
		return sort != null && allowed.contains(sort) ? sort : fallback;
	}

	public String direction() {
		return descending ? "desc" : "asc";
	}

	public long offset() {
		return (long) page * size;
	}

	/** The search text as a case-insensitive LIKE pattern, with its wildcards escaped. */
	public String likePattern() {
		if (search == null) {
			return null;
		}
		return "%" + escapeLike(search.toLowerCase()) + "%";
	}

	/** The text with LIKE's wildcards and escape character escaped. */
	public static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
