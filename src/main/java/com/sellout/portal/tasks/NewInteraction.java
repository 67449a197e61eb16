package com.sellout.portal.tasks;

import org.jspecify.annotations.Nullable;

/**
 * An interaction as a form or the API sends it, not yet checked: kind, state, date
 * (ДД.ММ.ГГГГ or ГГГГ-ММ-ДД) and time (ЧЧ:ММ) as text.
 *
 * @param distributorId the distributor it is with or about: the manufacturer names it, a
 * distributor's people never (their own)
 * @param clientId the client it is with: required of a distributor's people
 */
public record NewInteraction(@Nullable String kind, @Nullable String state, @Nullable String date,
		@Nullable String time, @Nullable Long distributorId, @Nullable Long clientId, @Nullable String participants,
		@Nullable String subject, @Nullable String result, @Nullable String nextStep) {
}
