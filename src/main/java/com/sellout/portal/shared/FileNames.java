package com.sellout.portal.shared;

import java.util.Optional;

/**
 * What a sent file's name may be: at most {@value #MAX_LENGTH} characters and no NUL
 * character (PostgreSQL text cannot hold one). Every channel checks the name before
 * storing anything, so that an odd name is a refusal with its reason rather than a
 * failure of the portal.
 */
public final class FileNames {

	public static final int MAX_LENGTH = 255;

	/** Why a name is refused: a message key and its argument. */
	public record Refusal(String key, Object argument) {

		public Object[] arguments() {
			return argument == null ? new Object[0] : new Object[] { argument };
		}

	}

	private FileNames() {
	}

	/**
	 * The reason this name cannot be taken, if any; no name at all is left to the caller.
	 */
	public static Optional<Refusal> refusal(String name) {
		if (name == null) {
			return Optional.empty();
		}
		if (name.indexOf('\0') >= 0) {
			return Optional.of(new Refusal("sellout.fileName.nul", null));
		}
		if (name.length() > MAX_LENGTH) {
			return Optional.of(new Refusal("sellout.fileName.tooLong", name.length()));
		}
		return Optional.empty();
	}

	/**
	 * The name as it can be shown back: NUL characters replaced, cut to the length a name
	 * may have.
	 */
	public static String shown(String name) {
		if (name == null) {
			return "";
		}
		String shown = name.replace('\0', '\uFFFD');
		return shown.length() > MAX_LENGTH ? shown.substring(0, MAX_LENGTH) + "…" : shown;
	}

}
