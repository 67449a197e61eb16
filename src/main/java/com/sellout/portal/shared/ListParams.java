package com.sellout.portal.shared;

import org.jspecify.annotations.Nullable;

/**
 * What a list page's address asks for — {@code q}, {@code sort}, {@code desc}, {@code page} and
 * {@code size} — bound as one record instead of five request parameters. Each page keeps its own
 * page size: the one asked for in {@code size}, or the page's when none is.
 */
public record ListParams(@Nullable String q, @Nullable String sort, boolean desc, int page, @Nullable Integer size) {

	/** The query at the size asked for, or at the page's own. */
	public ListQuery query(int pageSize) {
		return new ListQuery(q, sort, desc, page, size == null ? pageSize : size);
	}

	/** The query at the page's own size, for pages that do not let the address choose it. */
	public ListQuery queryOfSize(int pageSize) {
		return new ListQuery(q, sort, desc, page, pageSize);
	}

}
