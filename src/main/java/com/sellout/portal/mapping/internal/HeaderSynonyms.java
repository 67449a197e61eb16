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
 * case, punctuation, extra spaces and ё/е. The same file names a stock statement's
 * balance columns («Начальный остаток», «Приход», «Расход», «Конечный остаток»): no
 * field, but they tell a stock report.
 */
public final class HeaderSynonyms {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}%№]+");

	private static final String BALANCE = "balance:";

	/** A balance column's sub-column in units, besides «Количество»: a unit. */
	private static final Set<String> UNITS = Set.of("шт", "штук", "ед", "pcs", "units");

	/** A balance column's sub-column in money, besides «Сумма»: a currency. */
	private static final Set<String> MONEY = Set.of("руб", "рублей", "р", "rub", "value");

	private static final Map<String, CanonicalField> EXACT = load();

	/** Balance columns' names, longest first: the longest that fits is taken. */
	private static final Map<String, Balance> BALANCES = balances();

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

	/**
	 * The balance column this header is: a balance's name alone («Конечный остаток»: its
	 * quantity), or with its figure's sub-column after or before it («Конечный остаток
	 * Сумма», «Количество Начальный остаток», «Кон. остаток, шт»).
	 */
	static Optional<BalanceColumn> balance(String header) {
		String key = key(header);
		for (Map.Entry<String, Balance> name : BALANCES.entrySet()) {
			String word = name.getKey();
			if (key.equals(word)) {
				return Optional.of(new BalanceColumn(name.getValue(), CanonicalField.QUANTITY));
			}
			if (key.startsWith(word + " ")) {
				return Optional.of(new BalanceColumn(name.getValue(), figure(key.substring(word.length() + 1))));
			}
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

	private static Map<String, Balance> balances() {
		Map<String, Balance> balances = new LinkedHashMap<>();
		synonymLines().stream()
			.filter(line -> line.startsWith(BALANCE)).<Map.Entry<String, Balance>>mapMulti((line, names) -> {
				String[] parts = line.split(";", 2);
				Balance balance = Balance.valueOf(parts[0].substring(BALANCE.length()).toUpperCase(Locale.ROOT));
				for (String synonym : parts[1].split("\\|")) {
					names.accept(Map.entry(key(synonym), balance));
				}
			})
			.sorted(Comparator.comparingInt((Map.Entry<String, Balance> name) -> name.getKey().length()).reversed())
			.forEach(name -> balances.putIfAbsent(name.getKey(), name.getValue()));
		return balances;
	}

	private static Map<String, CanonicalField> load() {
		Map<String, CanonicalField> exact = new HashMap<>();
		synonymLines().stream().filter(line -> !line.startsWith(BALANCE)).forEach(line -> {
			String[] parts = line.split(";", 2);
			CanonicalField field = CanonicalField.byKey(parts[0])
				.orElseThrow(() -> new IllegalStateException("Unknown field in header_synonyms.csv: " + line));
			exact.putIfAbsent(field.key().replace('_', ' '), field);
			for (String synonym : parts[1].split("\\|")) {
				exact.putIfAbsent(key(synonym), field);
			}
		});
		return Map.copyOf(exact);
	}

	private static List<String> synonymLines() {
		try (InputStream in = HeaderSynonyms.class.getResourceAsStream("/mapping/header_synonyms.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("field;"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
