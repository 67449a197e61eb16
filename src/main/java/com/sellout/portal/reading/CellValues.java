package com.sellout.portal.reading;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers and dates the way people and 1C write them: decimal commas or dots,
 * spaces and no-break spaces between thousands, currency marks; dd.MM.yyyy, ISO and Excel
 * serial dates. Anything ambiguous or malformed is empty, for the caller to report with
 * its row and column.
 */
public final class CellValues {

	private static final Pattern CURRENCY = Pattern.compile("(?iu)(руб\\.?|р\\.|₽|rub|\\$|€)");

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F']");

	private static final List<DateTimeFormatter> DATES = List.of(pattern("uuuu-MM-dd"), pattern("dd.MM.uuuu"),
			pattern("d.M.uuuu"), pattern("dd.MM.uu"), pattern("dd/MM/uuuu"), pattern("d/M/uuuu"));

	/**
	 * 1900-01-01 .. 2099-12-31 as Excel serial numbers: a bare number in this range is a
	 * date.
	 */
	private static final int SERIAL_MIN = 1;

	private static final int SERIAL_MAX = 73050;

	private CellValues() {
	}

	public static Optional<BigDecimal> decimal(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (isPlainNumber(text)) {
			return Optional.of(new BigDecimal(text));
		}
		String value = withoutSpaces(text);
		if (value == null) {
			value = SPACES.matcher(CURRENCY.matcher(text).replaceAll("")).replaceAll("");
		}
		if (value.isEmpty()) {
			return Optional.empty();
		}
		boolean negative = value.startsWith("(") && value.endsWith(")");
		if (negative) {
			value = "-" + value.substring(1, value.length() - 1);
		}
		int comma = value.lastIndexOf(',');
		int dot = value.lastIndexOf('.');
		if (comma >= 0 && dot >= 0) {
			boolean commaDecimal = comma > dot;
			value = commaDecimal ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
		}
		else if (comma >= 0) {
			value = value.indexOf(',') == comma ? value.replace(',', '.') : value.replace(",", "");
		}
		else if (dot >= 0 && value.indexOf('.') != dot) {
			value = value.replace(".", "");
		}
		if (!NUMBER.matcher(value).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(value));
	}

	/**
	 * "10 575,50" → "10575,50" when the text holds nothing but digits, separators and
	 * spaces of any kind; null when it holds more (a currency sign), for the general
	 * rules to deal with.
	 */
	private static String withoutSpaces(String text) {
		StringBuilder value = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-' || c == '+' || c == '(' || c == ')') {
				value.append(c);
			}
			else if (c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\'' && c != '\t') {
				return null;
			}
		}
		return value.toString();
	}

	/**
	 * "1480.88", "-3", "12": digits with at most one dot and a leading minus, read
	 * without any rewriting.
	 */
	private static boolean isPlainNumber(String text) {
		int length = text.length();
		if (length == 0 || length > 30) {
			return false;
		}
		boolean dot = false;
		boolean digit = false;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (c == '.' && !dot && digit && i < length - 1) {
				dot = true;
			}
			else if (c != '-' || i != 0) {
				return false;
			}
		}
		return digit;
	}

	public static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip();
		LocalDate quick = commonDate(value);
		if (quick != null) {
			return Optional.of(quick);
		}
		int space = value.indexOf(' ');
		if (space > 0) {
			value = value.substring(0, space); // "01.09.2026 0:00:00" from 1C
		}
		int t = value.indexOf('T');
		if (t > 0) {
			value = value.substring(0, t);
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException ignored) {
				// try the next way of writing a date
			}
		}
		return decimal(value)
			.filter(n -> n.signum() > 0 && n.compareTo(BigDecimal.valueOf(SERIAL_MAX)) <= 0
					&& n.compareTo(BigDecimal.valueOf(SERIAL_MIN)) >= 0)
			.map(CellValues::fromExcelSerial);
	}

	/**
	 * "dd.MM.yyyy" and "yyyy-MM-dd", the two ways most files write dates, read without
	 * trying formats.
	 */
	private static LocalDate commonDate(String value) {
		try {
			if (value.length() == 10 && value.charAt(2) == '.' && value.charAt(5) == '.') {
				return LocalDate.of(digits(value, 6, 10), digits(value, 3, 5), digits(value, 0, 2));
			}
			if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
				return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
			}
		}
		catch (DateTimeException | NumberFormatException notQuick) {
			return null;
		}
		return null;
	}

	private static int digits(String value, int from, int to) {
		int result = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				throw new NumberFormatException(value);
			}
			result = result * 10 + (c - '0');
		}
		return result;
	}

	private static LocalDate fromExcelSerial(BigDecimal serial) {
		// Excel counts from 1900-01-00 and wrongly treats 1900 as a leap year.
		return LocalDate.of(1899, 12, 30).plusDays(serial.longValue());
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

}
