package com.sellout.portal.conversations.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.sellout.portal.conversations.AboutType;
import com.sellout.portal.conversations.ConversationState;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

/**
 * The values pages and the API take as text — a state, what a thread is about, a period —
 * read one way, with one error each naming what was sent.
 */
final class ConversationParams {

	private ConversationParams() {
	}

	/** The state a list is filtered by (any of the three), or null when none is given. */
	static @Nullable ConversationState filterState(@Nullable String state) {
		return state(state, "conversations.state.unknownFilter");
	}

	/** The state a thread is set to (resolved or open); required. */
	static ConversationState newState(@Nullable String state) {
		ConversationState chosen = state(state, "conversations.state.unknown");
		if (chosen == null) {
			throw new RefusedException("conversations.state.required");
		}
		return chosen;
	}

	private static @Nullable ConversationState state(@Nullable String state, String unknownKey) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return ConversationState.valueOf(state.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException(unknownKey, state);
		}
	}

	/** What a thread is about; none given is a general thread. */
	static AboutType aboutType(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return AboutType.GENERAL;
		}
		try {
			return AboutType.valueOf(type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException("conversations.about.unknownType", type);
		}
	}

	/** A period as YYYY-MM, or null when none is given. */
	static @Nullable YearMonth period(@Nullable String period) {
		if (period == null || period.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("conversations.about.badPeriod", period);
		}
	}

}
