package com.sellout.portal.tasks;

import org.jspecify.annotations.Nullable;

/** Which interactions a list shows; every part optional. */
public record InteractionFilter(@Nullable Long distributorId, @Nullable InteractionKind kind,
		@Nullable InteractionState state) {

	public static InteractionFilter none() {
		return new InteractionFilter(null, null, null);
	}

}
