package com.sellout.portal.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new password must be, wherever it is set (one's own change, a password link, an
 * administrator creating a user): long enough, not among the commonly used passwords, not
 * a run of neighbouring keys. No composition rules — a long phrase is better than
 * {@code Passw0rd!}. Nothing is sent anywhere: the common passwords are zxcvbn's list (30
 * 000, lower case, read once from its jar).
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	/** Message keys, one per refusal. */
	public static final String TOO_SHORT = "password.rule.short";

	public static final String TOO_COMMON = "password.rule.common";

	public static final String KEYBOARD_RUN = "password.rule.keyboard";

	public static final String PERSONAL = "password.rule.personal";

	/**
	 * The portal's own words, and the word itself in both languages (zxcvbn's list knows
	 * {@code password1}, not {@code пароль1}), which any guess at one of its passwords
	 * starts with.
	 */
	private static final List<String> PORTAL_WORDS = List.of("sell-out", "sellout", "селл-аут", "селлаут", "portal",
			"портал", "password", "пароль", "parol", "gfhjkm");

	/** Splits a login, a name or an e-mail address into the words a guess is made of. */
	private static final Pattern WORD_BREAK = Pattern.compile("[\\s._@+\\-]+");

	private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	/**
	 * Keys in the order they stand: each layout's rows top to bottom, run together (a run
	 * may wrap onto the next row), and the digit row. Their reverses count too.
	 */
	private static final List<String> KEYBOARD = List.of("ё1234567890-=", "`1234567890-=",
			"йцукенгшщзхъфывапролджэячсмитьбю.", "qwertyuiop[]asdfghjkl;'zxcvbnm,./");

	private static final Set<String> COMMON = load();

	private PasswordRules() {
	}

	/** Why the password is refused (a message key), or nothing when it is good. */
	public static Optional<String> refusal(String password) {
		return refusal(password, List.of());
	}

	/**
	 * Why the password is refused, also when it is little more than the person's own
	 * words (their login, name or e-mail address, whole or in parts) or the portal's.
	 * @param personal the person's login, name and e-mail address (any may be null)
	 */
	public static Optional<String> refusal(String password, Collection<String> personal) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(TOO_SHORT);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return Optional.of(TOO_COMMON);
		}
		if (isKeyboardRun(lower)) {
			return Optional.of(KEYBOARD_RUN);
		}
		if (isBuiltOn(lower, personal)) {
			return Optional.of(PERSONAL);
		}
		return Optional.empty();
	}

	/**
	 * What is left of the password once the person's and the portal's words are taken out
	 * of it is shorter than a password may be: {@code alfa.manager1},
	 * {@code Sellout2026!}.
	 */
	static boolean isBuiltOn(String lower, Collection<String> personal) {
		List<String> words = new ArrayList<>(PORTAL_WORDS);
		for (String text : personal) {
			if (text != null && !text.isBlank()) {
				String whole = text.strip().toLowerCase(Locale.ROOT);
				words.add(whole);
				words.addAll(List.of(WORD_BREAK.split(whole)));
			}
		}
		words.removeIf(word -> word.codePointCount(0, word.length()) < 3);
		words.sort(Comparator.comparingInt(String::length).reversed());
		String rest = lower;
		for (String word : words) {
			rest = rest.replace(word, "");
		}
		return !rest.equals(lower) && rest.codePointCount(0, rest.length()) < MIN_LENGTH;
	}

	/**
	 * Refuses the password for that form field.
	 * @param personal the person's login, name and e-mail address (any may be null)
	 * @throws UserRuleViolation when it breaks a rule
	 */
	public static void check(String field, String password, String... personal) {
		if (password != null && password.length() > MAX_LENGTH) {
			throw new UserRuleViolation(field, "validation.tooLong");
		}
		refusal(password, Arrays.asList(personal)).ifPresent(key -> {
			throw new UserRuleViolation(field, key);
		});
	}

	/**
	 * The whole password is a run of neighbouring keys (forwards or backwards), or one
	 * such run (a single key held down too) typed again and again.
	 */
	static boolean isKeyboardRun(String lower) {
		int period = smallestPeriod(lower);
		String run = lower.substring(0, period);
		if (period == 1) {
			return true;
		}
		return isRun(lower) || isRun(run);
	}

	private static boolean isRun(String text) {
		String reversed = new StringBuilder(text).reverse().toString();
		return KEYBOARD.stream().anyMatch(row -> row.contains(text) || row.contains(reversed));
	}

	/**
	 * The length of the shortest beginning that, repeated, makes the text (a last copy
	 * may be cut short: {@code 12341234123}).
	 */
	private static int smallestPeriod(String text) {
		for (int period = 1; period < text.length(); period++) {
			boolean repeats = true;
			for (int i = period; i < text.length() && repeats; i++) {
				repeats = text.charAt(i) == text.charAt(i - period);
			}
			if (repeats) {
				return period;
			}
		}
		return text.length();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(40_000);
		try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("zxcvbn's list of common passwords is missing: " + COMMON_PASSWORDS);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String word = line.strip();
				if (!word.isEmpty()) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
