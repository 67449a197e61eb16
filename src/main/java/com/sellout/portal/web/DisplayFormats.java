package com.sellout.portal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.shared.DisplayDates;
import com.sellout.portal.shared.DisplayNumbers;
import com.sellout.portal.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How every page writes a period, a date, a number, a percent and a region, in the
 * reader's language — the one place templates take them from
 * ({@code ${@display.month(r.period())}}), over {@link DisplayNumbers} and
 * {@link DisplayDates}: «Сентябрь 2026», «03.12.2026», «1 234,56», «−18,25 %» (minus
 * sign, decimal comma, a no-break space before «%»), a region by its name, not its code.
 * Empty (or «—» where said) for what is not known.
 */
@Component("display")
public class DisplayFormats {

	/**
	 * What a "who" is when it is the portal itself: no one (a job), the old «system», a
	 * channel's name for a file the portal sent itself.
	 */
	private static final Set<String> PORTAL = Set.of("system", "portal", "api", "ftp", "email", "onec", "upload");

	private final MessageSource messages;

	public DisplayFormats(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Who did something, as a page says it: a person's login as is, the portal itself as
	 * «Портал (автоматически)», never «system».
	 */
	public String who(String login) {
		if (login == null || login.isBlank() || PORTAL.contains(login.strip().toLowerCase(Locale.ROOT))) {
			return messages.getMessage("audit.actor.portal", null, "—", locale());
		}
		return login;
	}

	/** A month by its name: a {@link YearMonth}, a period's first day or «2026-09». */
	public String month(Object period) {
		Locale locale = locale();
		if (period instanceof YearMonth month) {
			return DisplayDates.month(month, locale);
		}
		if (period instanceof LocalDate day) {
			return DisplayDates.month(day, locale);
		}
		if (period instanceof String text && !text.isBlank()) {
			try {
				return DisplayDates
					.month(YearMonth.parse(text.strip().substring(0, Math.min(7, text.strip().length()))), locale);
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		return period == null ? "" : period.toString();
	}

	/**
	 * A moment or a date by the pattern (as {@code #temporals.format} would), a moment in
	 * the server's time zone — the database hands every {@code timestamptz} over in UTC,
	 * which would otherwise show a Moscow reader times three hours behind. Dates and
	 * local times as they are; null for nothing.
	 */
	public String at(Object value, String pattern) {
		return at(value, pattern, ZoneId.systemDefault());
	}

	String at(Object value, String pattern, ZoneId zone) {
		if (value == null) {
			return null;
		}
		DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, locale());
		if (value instanceof OffsetDateTime moment) {
			return format.format(moment.atZoneSameInstant(zone));
		}
		if (value instanceof ZonedDateTime moment) {
			return format.format(moment.withZoneSameInstant(zone));
		}
		if (value instanceof Instant moment) {
			return format.format(moment.atZone(zone));
		}
		return format.format((TemporalAccessor) value);
	}

	public String date(LocalDate date) {
		return DisplayDates.date(date, locale());
	}

	/** A number with as many decimals as it has, up to three: «1 234,5». */
	public String number(BigDecimal value) {
		return value == null ? "" : DisplayNumbers.format(value, "#,##0.###", locale());
	}

	/** Money to the kopeck: «1 234,50». */
	public String money(BigDecimal value) {
		return value == null ? "" : DisplayNumbers.format(value, "#,##0.00", locale());
	}

	/**
	 * A value in percent, up to two decimals: «18,25 %», «−3 %» (any number: a
	 * {@link BigDecimal}, a whole score).
	 */
	public String percent(Number percent) {
		if (percent == null) {
			return "";
		}
		BigDecimal value = percent instanceof BigDecimal decimal ? decimal : new BigDecimal(percent.toString());
		return DisplayNumbers.percent(value, "#,##0.##", locale());
	}

	/** A fraction (0.9) as a whole percent: «90 %». */
	public String share(double fraction) {
		return percent(BigDecimal.valueOf(fraction * 100).setScale(0, RoundingMode.HALF_UP));
	}

	/** A change in percent, signed either way: «+4,2 %», «−18,25 %». */
	public String signedPercent(BigDecimal percent) {
		return percent == null ? "" : DisplayNumbers.signedPercent(percent, "#,##0.##", locale());
	}

	/** How far below a floor, as a shortfall: «−18,25 %» for 18.25. */
	public String below(BigDecimal percent) {
		return percent == null ? "" : DisplayNumbers.signedPercent(percent.negate(), "#,##0.##", locale());
	}

	/**
	 * A region by its name («Московская область»); a code the portal does not know as is.
	 */
	public String region(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return Region.byCode(code.strip()).map(Region::name).orElse(code);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
