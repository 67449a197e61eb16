package com.sellout.portal.mapping.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.shared.MatchingText;

/**
 * The column headers seen in distributors' files, by canonical field
 * ({@code mapping/header_synonyms.csv}, Russian and English). Headers match ignoring
 * case, punctuation, extra spaces and ё/е.
 */
public final class HeaderSynonyms {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}%№]+");

	private static final Map<String, CanonicalField> EXACT = load();

	private HeaderSynonyms() {
	}

	/** "Сумма без НДС, руб." → "сумма без ндс руб". */
	public static String key(String header) {
		if (header == null) {
			return "";
		}
		return MatchingText.words(header, "%№");
	}

	static Optional<CanonicalField> exact(String header) {
		return Optional.ofNullable(EXACT.get(key(header)));
	}

	/**
	 * The field whose longest synonym begins the header as whole words: «Количество, шт»
	 * → quantity.
	 */
	static Optional<CanonicalField> prefix(String header) {
		String key = key(header);
		CanonicalField best = null;
		int bestLength = 0;
		for (Map.Entry<String, CanonicalField> synonym : EXACT.entrySet()) {
			String word = synonym.getKey();
			if (word.length() > bestLength && key.startsWith(word + " ")) {
				best = synonym.getValue();
				bestLength = word.length();
			}
		}
		return Optional.ofNullable(best);
	}

	private static Map<String, CanonicalField> load() {
		Map<String, CanonicalField> exact = new HashMap<>();
		try (InputStream in = HeaderSynonyms.class.getResourceAsStream("/mapping/header_synonyms.csv")) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("field;"))
				.forEach(line -> {
					String[] parts = line.split(";", 2);
					CanonicalField field = CanonicalField.byKey(parts[0])
						.orElseThrow(() -> new IllegalStateException("Unknown field in header_synonyms.csv: " + line));
					exact.putIfAbsent(field.key().replace('_', ' '), field);
					for (String synonym : parts[1].split("\\|")) {
						exact.putIfAbsent(key(synonym), field);
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(exact);
	}

}
