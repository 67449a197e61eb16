package com.sellout.portal.quotes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in roubles written out in Russian as a payment document does: the roubles in
 * words, the kopecks as two digits — «Сто двадцать три тысячи четыреста пятьдесят шесть
 * рублей 78 копеек». Thousands and kopecks are feminine (одна тысяча, две копейки),
 * roubles, millions and billions masculine (один рубль, два миллиона); each noun takes
 * the form its number asks for (1 рубль, 2–4 рубля, 5–20 рублей, 21 рубль, 111 рублей).
 * The amount is rounded half up to kopecks first; a negative one is preceded by «минус».
 */
public final class AmountInWords {

	private static final String[] UNITS_MASCULINE = { "", "один", "два", "три", "четыре", "пять", "шесть", "семь",
			"восемь", "девять" };

	private static final String[] UNITS_FEMININE = { "", "одна", "две", "три", "четыре", "пять", "шесть", "семь",
			"восемь", "девять" };

	private static final String[] TEENS = { "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
			"пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать" };

	private static final String[] TENS = { "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
			"семьдесят", "восемьдесят", "девяносто" };

	private static final String[] HUNDREDS = { "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
			"семьсот", "восемьсот", "девятьсот" };

	/**
	 * Groups of three digits from the thousands up: their nouns (one, few, many) and
	 * gender.
	 */
	private static final String[][] GROUPS = { { "тысяча", "тысячи", "тысяч" }, { "миллион", "миллиона", "миллионов" },
			{ "миллиард", "миллиарда", "миллиардов" }, { "триллион", "триллиона", "триллионов" } };

	private AmountInWords() {
	}

	public static String of(BigDecimal amount) {
		BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
		boolean negative = rounded.signum() < 0;
		BigDecimal absolute = rounded.abs();
		long roubles = absolute.setScale(0, RoundingMode.DOWN).longValueExact();
		int kopecks = absolute.subtract(BigDecimal.valueOf(roubles)).movePointRight(2).intValueExact();
		String words = roubles == 0 ? "ноль" : integerInWords(roubles);
		String text = (negative ? "минус " : "") + words + " " + plural(roubles, "рубль", "рубля", "рублей") + " "
				+ String.format("%02d", kopecks) + " " + plural(kopecks, "копейка", "копейки", "копеек");
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A whole number above zero in words (masculine). */
	static String integerInWords(long number) {
		if (number >= 1_000_000_000_000_000L) {
			throw new IllegalArgumentException("Too large to write out: " + number);
		}
		StringBuilder words = new StringBuilder();
		long[] groups = new long[5];
		long rest = number;
		for (int i = 0; i < groups.length; i++) {
			groups[i] = rest % 1000;
			rest /= 1000;
		}
		for (int i = groups.length - 1; i >= 1; i--) {
			int group = (int) groups[i];
			if (group == 0) {
				continue;
			}
			append(words, triple(group, i == 1));
			String[] nouns = GROUPS[i - 1];
			append(words, plural(group, nouns[0], nouns[1], nouns[2]));
		}
		append(words, triple((int) groups[0], false));
		return words.toString();
	}

	private static String triple(int number, boolean feminine) {
		StringBuilder words = new StringBuilder();
		append(words, HUNDREDS[number / 100]);
		int lastTwo = number % 100;
		if (lastTwo >= 10 && lastTwo < 20) {
			append(words, TEENS[lastTwo - 10]);
		}
		else {
			append(words, TENS[lastTwo / 10]);
			append(words, (feminine ? UNITS_FEMININE : UNITS_MASCULINE)[lastTwo % 10]);
		}
		return words.toString();
	}

	/** The noun's form for a number: 1, 21 → one; 2–4, 22–24 → few; else many. */
	static String plural(long number, String one, String few, String many) {
		long lastTwo = Math.abs(number) % 100;
		long last = lastTwo % 10;
		if (lastTwo >= 11 && lastTwo <= 14) {
			return many;
		}
		if (last == 1) {
			return one;
		}
		if (last >= 2 && last <= 4) {
			return few;
		}
		return many;
	}

	private static void append(StringBuilder words, String word) {
		if (word.isEmpty()) {
			return;
		}
		if (!words.isEmpty()) {
			words.append(' ');
		}
		words.append(word);
	}

}
