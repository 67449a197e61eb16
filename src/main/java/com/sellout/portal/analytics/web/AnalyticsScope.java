package com.sellout.portal.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.RefusedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which sales an analytics page sums, from its parameters and who asks. The range: the
 * months asked for, else the last twelve complete months up to the newest that has sales
 * (else simply the last twelve complete months). The distributor: the manufacturer's
 * choice, or none for all; a distributor's user always its own — an address naming
 * another distributor is passed on as asked and selects nothing (the figures' scope and
 * row-level security see to it), so that it learns nothing of it.
 */
@Component
public class AnalyticsScope {

	static final int DEFAULT_MONTHS = 12;

	/** How far back the default range looks for the newest month with sales. */
	private static final int LOOK_BACK_YEARS = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	AnalyticsScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemDefaultZone();
	}

	/** The selection these parameters make for this user. */
	public SalesFilter filter(AnalyticsParams params, CurrentUser me) {
		YearMonth from = month(params.from());
		YearMonth to = month(params.to());
		if (from == null && to == null) {
			to = newestWithSales().orElse(YearMonth.now(clock).minusMonths(1));
			from = to.minusMonths(DEFAULT_MONTHS - 1);
		}
		else if (from == null) {
			from = to.minusMonths(DEFAULT_MONTHS - 1);
		}
		else if (to == null) {
			to = from.plusMonths(DEFAULT_MONTHS - 1);
		}
		if (to.isBefore(from)) {
			YearMonth swap = from;
			from = to;
			to = swap;
		}
		Long distributorId = distributor(params, me);
		return new SalesFilter(from, to, distributorId, params.region(), params.segment(), params.group(), params.sku(),
				params.client());
	}

	/** The distributor the selection is of: see the class comment. */
	static Long distributor(AnalyticsParams params, CurrentUser me) {
		if (me.isManufacturer()) {
			return params.distributor();
		}
		return params.distributor() == null ? me.distributorId() : params.distributor();
	}

	/**
	 * The newest complete month with accepted sell-out the caller may see, within the
	 * last ten years.
	 */
	@Transactional(readOnly = true)
	Optional<YearMonth> newestWithSales() {
		LocalDate lastComplete = YearMonth.now(clock).minusMonths(1).atDay(1);
		LocalDate newest = jdbc.sql("""
				select max(period) from sellout_report_states
				 where kind = 'SELLOUT' and status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
				   and period <= :last and period >= :first""")
			.param("last", lastComplete)
			.param("first", lastComplete.minusYears(LOOK_BACK_YEARS))
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		return Optional.ofNullable(newest).map(YearMonth::from);
	}

	/**
	 * A month written YYYY-MM, or none; anything else is refused with the reason in the
	 * caller's language.
	 */
	static YearMonth month(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("analytics.badPeriod", value);
		}
	}

}
