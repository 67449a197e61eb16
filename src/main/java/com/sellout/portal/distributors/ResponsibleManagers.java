package com.sellout.portal.distributors;

import java.util.List;
import java.util.Optional;

/**
 * Who may answer for a distributor: the manufacturer's users, which identity keeps (and
 * provides this for, since identity already depends on distributors and not the other way
 * round).
 */
public interface ResponsibleManagers {

	/** The manufacturer's active administrators and analysts, by name. */
	List<ResponsibleManager> candidates();

	/** One of the manufacturer's users by id, also when no longer active. */
	Optional<ResponsibleManager> find(long userId);

}
