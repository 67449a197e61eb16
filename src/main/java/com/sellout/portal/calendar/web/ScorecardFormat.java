package com.sellout.portal.calendar.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.shared.DisplayDates;
import com.sellout.portal.shared.DisplayNumbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The scorecard's figures as pages write them, in the reader's language: a share as a
 * percent with one decimal («91,7 %»), a delay in days with its sign, a month by its name
 * («Сентябрь 2026»), a submission's state as a badge; «—» for what is not known yet. Used
 * from templates as {@code ${@scorecardFormat.percent(c.onTimeRate())}}.
 */
@Component("scorecardFormat")
class ScorecardFormat {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public String percent(BigDecimal share) {
		return share == null ? "—"
				: DisplayNumbers.percent(share.multiply(HUNDRED), "#,##0.#", LocaleContextHolder.getLocale());
	}

	public String signedPercent(BigDecimal share) {
		if (share == null) {
			return "—";
		}
		return DisplayNumbers.signedPercent(share.multiply(HUNDRED), "#,##0.#", LocaleContextHolder.getLocale());
	}

	public String days(BigDecimal days) {
		return days == null ? "—" : sign(days) + format(days.abs(), "#,##0.#");
	}

	/** The share as a whole percent for a bar's width, 0 when unknown. */
	public int width(BigDecimal share) {
		return share == null ? 0 : share.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValue();
	}

	/** How a share reads: good from 90 %, poor under 60 %. */
	public String grade(BigDecimal share) {
		if (share == null) {
			return "off";
		}
		return share.compareTo(new BigDecimal("0.9")) >= 0 ? "ok"
				: share.compareTo(new BigDecimal("0.6")) >= 0 ? "warn" : "bad";
	}

	/** The badge class of a submission's state: met on time, late or waiting, owed. */
	public String state(SubmissionState state) {
		return switch (state) {
			case ON_TIME -> "ok";
			case LATE, WAITING_FOR_YOU, OVERDUE -> "warn";
			case MISSING, CORRECTION_REQUESTED -> "bad";
			case EXPECTED -> "";
		};
	}

	/** A month written as {@code YYYY-MM}, by its name. */
	public String monthOf(String month) {
		return month(YearMonth.parse(month));
	}

	public String month(YearMonth month) {
		return DisplayDates.month(month, LocaleContextHolder.getLocale());
	}

	/** A month short, for a trend's column: «сен 26». */
	public String shortMonth(YearMonth month) {
		return month.format(DateTimeFormatter.ofPattern("LLL yy", LocaleContextHolder.getLocale())).replace(".", "");
	}

	private static String sign(BigDecimal value) {
		return DisplayNumbers.sign(value);
	}

	private static String format(BigDecimal value, String pattern) {
		return DisplayNumbers.format(value, pattern, LocaleContextHolder.getLocale());
	}

}
