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

	private static final Map<String, CanonicalField> EXACT = load("/mapping/header_synonyms.csv");

	/**
	 * The headers of a stock report's closing balance
	 * ({@code mapping/stock_header_synonyms.csv}): its quantity in a stock report, and
	 * what tells a stock report from a sell-out one.
	 */
	private static final Map<String, CanonicalField> BALANCE = load("/mapping/stock_header_synonyms.csv");

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
	 * The field of a stock report's header: a closing balance is its quantity, any other
	 * header as in a sell-out report.
	 */
	static Optional<CanonicalField> exactInStock(String header) {
		CanonicalField balance = BALANCE.get(key(header));
		return balance != null ? Optional.of(balance) : exact(header);
	}

	/**
	 * Whether the header names a closing balance («Остаток», «Конечный остаток», "On
	 * hand").
	 */
	static boolean isBalance(String header) {
		return BALANCE.containsKey(key(header));
	}

	/**
	 * The field whose longest synonym begins the header as whole words: «Количество, шт»
	 * → quantity.
	 */
	static Optional<CanonicalField> prefix(String header) {
		return prefix(header, false);
	}

	/**
	 * The same, with the closing balance's headers too when the table is a stock report
	 * («Остаток на 31.10.2037» → quantity).
	 */
	static Optional<CanonicalField> prefix(String header, boolean stock) {
		String key = key(header);
		CanonicalField best = null;
		int bestLength = 0;
		Map<String, CanonicalField> synonyms = EXACT;
		if (stock) {
			synonyms = new HashMap<>(EXACT);
			synonyms.putAll(BALANCE);
		}
		for (Map.Entry<String, CanonicalField> synonym : synonyms.entrySet()) {
			String word = synonym.getKey();
			if (word.length() > bestLength && key.startsWith(word + " ")) {
				best = synonym.getValue();
				bestLength = word.length();
			}
		}
		return Optional.ofNullable(best);
	}

	private static Map<String, CanonicalField> load(String resource) {
		Map<String, CanonicalField> exact = new HashMap<>();
		boolean balances = resource.contains("stock");
		try (InputStream in = HeaderSynonyms.class.getResourceAsStream(resource)) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("field;"))
				.forEach(line -> {
					String[] parts = line.split(";", 2);
					CanonicalField field = CanonicalField.byKey(parts[0])
						.orElseThrow(() -> new IllegalStateException("Unknown field in " + resource + ": " + line));
					if (!balances) {
						exact.putIfAbsent(field.key().replace('_', ' '), field);
					}
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
