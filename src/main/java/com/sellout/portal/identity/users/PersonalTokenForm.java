package com.sellout.portal.identity.users;

import java.util.Arrays;

import com.sellout.portal.identity.PersonalTokens;
import com.sellout.portal.shared.TrimmedForm;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token to issue: its name (what uses it: «скрипт выгрузки»), its scope
 * and how many days it is valid. Read-only for 90 days unless the person chooses more.
 */
public record PersonalTokenForm(@Nullable String name, @Nullable String scope,
		@Nullable Integer validDays) implements TrimmedForm {

	static final int DEFAULT_DAYS = 90;

	static PersonalTokenForm empty() {
		return new PersonalTokenForm("", PersonalTokens.Scope.READ_ONLY.name(), DEFAULT_DAYS);
	}

	/** The scope chosen, or none for anything the page does not offer. */
	PersonalTokens.@Nullable Scope chosenScope() {
		return Arrays.stream(PersonalTokens.Scope.values())
			.filter(s -> s.name().equals(scope))
			.findFirst()
			.orElse(null);
	}

	/** 0 (refused as unknown) when nothing was chosen. */
	int days() {
		return validDays == null ? 0 : validDays;
	}

}
