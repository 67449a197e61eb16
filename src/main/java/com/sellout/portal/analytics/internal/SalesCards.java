package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesComparison;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.SalesTotals;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutReports.ReportFilter;
import com.sellout.portal.shared.ListQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures where people look: the "how are we doing" card of the home pages (the range
 * against the one before and a year earlier, the trend, the top movers, the open
 * exceptions and the sales below the floor) and the sales of a distributor's or a
 * client's card (trend, products, last lines). Figures through {@link SalesFigures}, so
 * in the caller's scope: on a client's card a distributor sees its own sales to that
 * client only.
 */
@Service
public class SalesCards {

	static final int TREND_MONTHS = 12;

	static final int TOP = 5;

	static final int LAST_LINES = 10;

	private static final int REPORTS = 1000;

	/** A month of the small trend: its amount and its bar's height in percent. */
	public record TrendPoint(String month, BigDecimal amountNet, int height) {
	}

	/** A group's change against the range before. */
	public record Mover(String key, String name, BigDecimal now, BigDecimal before) {

		public BigDecimal change() {
			return now.subtract(before);
		}

	}

	/** The home pages' card. */
	public record HomeCard(SalesFilter filter, SalesComparison comparison, List<TrendPoint> trend, List<Mover> movers,
			long openExceptions, long deviationLines) {
	}

	/** A line sold, as a card lists it. */
	public record CardLine(LocalDate saleDate, String distributor, @Nullable String clientInn,
			@Nullable String clientName, @Nullable String sku, @Nullable BigDecimal quantity,
			@Nullable BigDecimal amountNet) {
	}

	/** A distributor's or a client's sales. */
	public record SalesCard(SalesFilter filter, SalesTotals totals, List<TrendPoint> trend, List<SalesRow> products,
			List<CardLine> lines) {
	}

	private final SalesFigures figures;

	private final SellOutReports reports;

	private final PriceDeviations deviations;

	private final JdbcClient jdbc;

	SalesCards(SalesFigures figures, SellOutReports reports, PriceDeviations deviations, JdbcClient jdbc) {
		this.figures = figures;
		this.reports = reports;
		this.deviations = deviations;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public HomeCard home(SalesFilter filter, ClientRestriction restriction) {
		Map<String, SalesRow> before = new HashMap<>();
		figures.sums(filter.previous(), Dimension.GROUP, null).forEach(r -> before.put(r.key(), r));
		List<Mover> movers = new ArrayList<>();
		for (SalesRow now : figures.sums(filter, Dimension.GROUP, null)) {
			SalesRow was = before.remove(now.key());
			movers.add(
					new Mover(now.key(), now.name(), now.amountNet(), was == null ? BigDecimal.ZERO : was.amountNet()));
		}
		before.values().forEach(r -> movers.add(new Mover(r.key(), r.name(), BigDecimal.ZERO, r.amountNet())));
		List<Mover> top = movers.stream()
			.filter(m -> m.change().signum() != 0)
			.sorted((a, b) -> b.change().abs().compareTo(a.change().abs()))
			.limit(TOP)
			.toList();
		return new HomeCard(filter, figures.comparison(filter), trend(filter), top, openExceptions(filter),
				deviations.totals(filter, restriction).lines());
	}

	/** A distributor's or a client's sales over the filter's range. */
	@Transactional(readOnly = true)
	public SalesCard card(SalesFilter filter, ClientRestriction restriction) {
		List<SalesRow> products = figures.sums(filter, Dimension.SKU, null);
		return new SalesCard(filter, figures.totals(filter), trend(filter),
				products.subList(0, Math.min(TOP * 2, products.size())), lastLines(filter, restriction));
	}

	/** The twelve months up to the range's last, each with its bar's height. */
	private List<TrendPoint> trend(SalesFilter filter) {
		SalesFilter year = filter.within(filter.to().minusMonths(TREND_MONTHS - 1), filter.to());
		Map<String, BigDecimal> amounts = new HashMap<>();
		figures.sums(year, Dimension.PERIOD, null).forEach(r -> amounts.put(r.key(), r.amountNet()));
		BigDecimal max = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
		List<TrendPoint> trend = new ArrayList<>();
		for (YearMonth m = year.from(); !m.isAfter(year.to()); m = m.plusMonths(1)) {
			BigDecimal amount = amounts.getOrDefault(m.toString(), BigDecimal.ZERO);
			int height = max.signum() <= 0 || amount.signum() <= 0 ? 0 : Math.max(2,
					amount.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue());
			trend.add(new TrendPoint(m.toString(), amount, height));
		}
		return trend;
	}

	/** The exceptions still open in the active reports of the range. */
	private long openExceptions(SalesFilter filter) {
		long open = 0;
		for (SellOutReport report : reports
			.find(new ReportFilter(filter.distributorId(), null, ReportStatus.ACCEPTED_WITH_EXCEPTIONS, null),
					new ListQuery(null, null, true, 0, REPORTS))
			.items()) {
			YearMonth period = report.period() == null ? null : YearMonth.parse(report.period());
			if (period != null && !period.isBefore(filter.from()) && !period.isAfter(filter.to())) {
				open += report.exceptions();
			}
		}
		return open;
	}

	/** The newest accepted lines of the selection. */
	private List<CardLine> lastLines(SalesFilter filter, ClientRestriction restriction) {
		SalesFilter range = new SalesFilter(filter.from(), filter.to(), filter.distributorId(), null, null, null, null,
				filter.clientInn());
		return jdbc
			.sql("select t.sale_date, d.code, t.client_inn, t.client_name, t.sku, t.quantity, t.amount_net"
					+ " from sellout_sales t join distributor_directory d on d.id = t.distributor_id"
					+ Selection.where(range, restriction) + " order by t.sale_date desc, t.report_id desc,"
					+ " t.line_no desc limit " + LAST_LINES)
			.params(Selection.params(range, restriction))
			.query((rs, i) -> new CardLine(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list();
	}

}
