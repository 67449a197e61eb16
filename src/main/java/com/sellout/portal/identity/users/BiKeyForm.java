package com.sellout.portal.identity.users;

import java.time.OffsetDateTime;
import java.util.List;

import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.shared.TrimmedForm;
import org.jspecify.annotations.Nullable;

/**
 * A BI key to issue: its name (what the person connects with it: «Power BI, отчёт по
 * регионам») and how many days it is valid, or none for a key without an end.
 */
public record BiKeyForm(@Nullable String name, @Nullable Integer validDays) implements TrimmedForm {

	/** What the page offers: a month, a quarter, half a year, a year (the default). */
	static final List<Integer> VALIDITIES = List.of(30, 90, 180, 365);

	static final int DEFAULT_DAYS = 365;

	static BiKeyForm empty() {
		return new BiKeyForm("", DEFAULT_DAYS);
	}

	/**
	 * None for a key without an end (0 or nothing chosen); only the validities the page
	 * offers.
	 */
	@Nullable OffsetDateTime expiresAt() {
		if (validDays == null || validDays == 0) {
			return null;
		}
		if (!VALIDITIES.contains(validDays)) {
			throw new UserRuleViolation("validDays", "bikey.validity.unknown");
		}
		return OffsetDateTime.now().plusDays(validDays);
	}

}
