package com.sellout.portal.analytics.internal;

import java.util.List;

import com.sellout.portal.database.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * Whose sales the caller may see, as every query of the figures narrows them: its data
 * scope (all distributors, or its own, which row-level security enforces too and the SQL
 * says again so that PostgreSQL plans for it), and the ИНН of the clients a restricted
 * manager is limited to (null when not restricted).
 */
record Viewer(DataScope scope, @Nullable List<String> inns) {

	/** Whether the rows of one client must be told apart to narrow the selection. */
	boolean restricted() {
		return inns != null;
	}

	/** Whether it may see nothing at all (no scope, or a manager restricted to none). */
	boolean blind() {
		return (!scope.allDistributors() && !scope.isDistributor()) || (inns != null && inns.isEmpty());
	}

}
