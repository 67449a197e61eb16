package com.sellout.portal.mapping.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.internal.BalanceColumn.Balance;
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

	/** A stock statement's balance columns (the {@code balance:} lines of that file). */
	private static final String BALANCE_COLUMN = "balance:";

	/** A balance column's sub-column in units, besides «Количество»: a unit. */
	private static final Set<String> UNITS = Set.of("шт", "штук", "ед", "pcs", "units");

	/** A balance column's sub-column in money, besides «Сумма»: a currency. */
	private static final Set<String> MONEY = Set.of("руб", "рублей", "р", "rub", "value");

	/**
	 * The names of a stock statement's balances, longest first (the longest that fits is
	 * taken): the closing balance's headers and the opening balance's, the receipts' and
	 * the issues'.
	 */
	private static final Map<String, Balance> BALANCES = balances("/mapping/stock_header_synonyms.csv");

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

	/**
	 * The balance column of a stock statement this header is: a balance's name alone
	 * («Конечный остаток»: its quantity), or with its figure's sub-column after or before
	 * it («Конечный остаток Сумма», «Количество Начальный остаток», «Нач. остаток, шт»).
	 */
	static Optional<BalanceColumn> balanceColumn(String header) {
		String key = key(header);
		// the balance first, then its figure after it: «Начальный остаток Количество» is
		// no «Остаток Количество» with «Начальный» before it
		for (Map.Entry<String, Balance> name : BALANCES.entrySet()) {
			String word = name.getKey();
			if (key.equals(word)) {
				return Optional.of(new BalanceColumn(name.getValue(), CanonicalField.QUANTITY));
			}
			if (key.startsWith(word + " ")) {
				return Optional.of(new BalanceColumn(name.getValue(), figure(key.substring(word.length() + 1))));
			}
		}
		for (Map.Entry<String, Balance> name : BALANCES.entrySet()) {
			String word = name.getKey();
			if (key.endsWith(" " + word)) {
				return Optional
					.of(new BalanceColumn(name.getValue(), figure(key.substring(0, key.length() - word.length() - 1))));
			}
		}
		return Optional.empty();
	}

	/** «Количество», «шт» → quantity; «Сумма», «руб» → amount; anything else: neither. */
	private static CanonicalField figure(String words) {
		CanonicalField field = EXACT.get(words);
		if (field == CanonicalField.QUANTITY || UNITS.contains(words)) {
			return CanonicalField.QUANTITY;
		}
		if (field == CanonicalField.AMOUNT || MONEY.contains(words)) {
			return CanonicalField.AMOUNT;
		}
		return null;
	}

	private static Map<String, Balance> balances(String resource) {
		Map<String, Balance> names = new HashMap<>();
		BALANCE.keySet().forEach(closing -> names.put(closing, Balance.CLOSING));
		for (String line : lines(resource)) {
			if (line.startsWith(BALANCE_COLUMN)) {
				String[] parts = line.split(";", 2);
				Balance balance = Balance.valueOf(parts[0].substring(BALANCE_COLUMN.length()).toUpperCase(Locale.ROOT));
				for (String synonym : parts[1].split("\\|")) {
					names.putIfAbsent(key(synonym), balance);
				}
			}
		}
		Map<String, Balance> longestFirst = new LinkedHashMap<>();
		names.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, Balance> name) -> name.getKey().length()).reversed())
			.forEach(name -> longestFirst.put(name.getKey(), name.getValue()));
		return longestFirst;
	}

	private static List<String> lines(String resource) {
		try (InputStream in = HeaderSynonyms.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("field;"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, CanonicalField> load(String resource) {
		Map<String, CanonicalField> exact = new HashMap<>();
		boolean balances = resource.contains("stock");
		try (InputStream in = HeaderSynonyms.class.getResourceAsStream(resource)) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("field;"))
				.filter(line -> !line.startsWith(BALANCE_COLUMN))
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
