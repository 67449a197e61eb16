package com.sellout.portal.analytics.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A distributor's manager restricted to a list of clients (PRODUCT.md §1) sees the
 * figures of those clients only: their ИНН; {@link #NONE} for everyone else. Row-level
 * security keeps a distributor to its own lines; this narrows within them.
 */
public record ClientRestriction(@Nullable List<String> inns) {

	public static final ClientRestriction NONE = new ClientRestriction(null);

	public boolean restricted() {
		return inns != null;
	}

}
