package com.sellout.portal.forecasting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The manufacturer's planning terms (lead time, target cover) per distributor and group;
 * everyone may read the ones of the distributors they see, only the manufacturer changes
 * them (audited).
 */
public interface PlanningSettings {

	/** The settings stored for the distributors the caller sees. */
	List<PlanningSetting> all();

	/**
	 * What holds for a distributor's product group: the group's own setting, else its
	 * nearest parent's, else the distributor's, else {@link PlanningSetting#defaults}.
	 */
	PlanningSetting effective(long distributorId, @Nullable Long groupId);

	void save(PlanningSetting setting);

	void delete(long distributorId, @Nullable Long groupId);

}
