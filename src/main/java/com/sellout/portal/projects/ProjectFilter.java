package com.sellout.portal.projects;

import org.jspecify.annotations.Nullable;

/**
 * Which projects a list shows: a status, a distributor (the manufacturer's filter only);
 * either may be null. The list's search (the object, the client's name or ИНН) is the
 * {@link com.sellout.portal.shared.ListQuery}'s.
 */
public record ProjectFilter(@Nullable ProjectStatus status, @Nullable Long distributorId) {

	public static ProjectFilter none() {
		return new ProjectFilter(null, null);
	}

}
