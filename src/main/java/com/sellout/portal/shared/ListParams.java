package com.sellout.portal.shared;

import org.jspecify.annotations.Nullable;

/**
 * What a list page's address asks for — {@code q}, {@code sort}, {@code desc},
 * {@code page} and {@code size} — bound as one record instead of five request parameters.
 * Each page keeps its own page size: the one asked for in {@code size}, or the page's
 * when none is. The flags and numbers are boxed because a record's constructor gets
 * nothing, not a default, for a parameter the address lacks.
 */
public record ListParams(@Nullable String q, @Nullable String sort, Boolean desc, Integer page,
		@Nullable Integer size) {

	/**
	 * Ascending, the first page, unless the address says otherwise (an absent value binds
	 * as none).
	 */
	public ListParams {
		desc = desc != null && desc;
		page = page == null ? 0 : page;
	}

	/** The query at the size asked for, or at the page's own. */
	public ListQuery query(int pageSize) {
		return new ListQuery(q, sort, desc, page, size == null ? pageSize : size);
	}

	/**
	 * The query at the page's own size, for pages that do not let the address choose it.
	 */
	public ListQuery queryOfSize(int pageSize) {
		return new ListQuery(q, sort, desc, page, pageSize);
	}

}
