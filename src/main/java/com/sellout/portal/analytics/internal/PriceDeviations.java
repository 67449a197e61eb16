package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.sellout.portal.analytics.SalesFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price monitoring: the sales below the price floor by distributor, client, product and
 * month — lines, quantity, net amount, the amount below the floor (Σ (floor − price) ×
 * quantity) and the percent below (that over Σ floor × quantity). A deviation is
 * observed, never enforced: Russian competition law forbids fixing resale prices. Read
 * from {@code sales_below_floor}, which has neither region nor segment: with either in
 * the filter, from the accepted lines themselves.
 */
@Service
public class PriceDeviations {

	/** How the deviations are broken down. */
	public enum By {

		DISTRIBUTOR, CLIENT, PRODUCT, PERIOD

	}

	/** One row: its key and name, and the figures below the floor. */
	public record Row(String key, @Nullable String name, long lines, BigDecimal quantity, BigDecimal amountNet,
			BigDecimal belowAmount, BigDecimal floorAmount, @Nullable BigDecimal belowPct,
			@Nullable BigDecimal maxBelowPct) {
	}

	private final JdbcClient jdbc;

	PriceDeviations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the filter is answered from the lines (it names a region or segment). */
	public static boolean fromLines(SalesFilter filter) {
		return filter.region() != null || filter.segment() != null;
	}

	/** The table read: {@code sales_below_floor}, or the lines. */
	public static String source(SalesFilter filter) {
		return fromLines(filter) ? "sellout_sales" : "sales_below_floor";
	}

	@Transactional(readOnly = true)
	public List<Row> by(By by, SalesFilter filter, ClientRestriction restriction) {
		String key = switch (by) {
			case DISTRIBUTOR -> "d.code";
			case CLIENT -> "coalesce(t.client_inn, '-')";
			case PRODUCT -> "coalesce(t.sku, '-')";
			case PERIOD -> "to_char(t.period, 'YYYY-MM')";
		};
		String name = switch (by) {
			case DISTRIBUTOR -> "max(d.name)";
			case CLIENT -> "max(t.client_name)";
			case PRODUCT -> "max(cp.name)";
			case PERIOD -> "null";
		};
		String order = by == By.PERIOD ? " order by 1" : " order by 6 desc, 1";
		return jdbc
			.sql("select " + key + ", " + name + ", " + figures(filter) + from(filter)
					+ " join distributor_directory d on d.id = t.distributor_id"
					+ " left join catalog_products cp on cp.sku = t.sku" + Selection.where(filter, restriction)
					+ belowOnly(filter) + " group by " + key + order)
			.params(Selection.params(filter, restriction))
			.query((rs, i) -> row(3, rs.getString(1), rs.getString(2), rs))
			.list();
	}

	/** The sums over the whole selection. */
	@Transactional(readOnly = true)
	public Row totals(SalesFilter filter, ClientRestriction restriction) {
		return jdbc
			.sql("select " + figures(filter) + from(filter) + Selection.where(filter, restriction) + belowOnly(filter))
			.params(Selection.params(filter, restriction))
			.query((rs, i) -> row(1, "", null, rs))
			.single();
	}

	private static String from(SalesFilter filter) {
		return " from " + source(filter) + " t";
	}

	/** Lines, quantity, amount, below, floor, the largest percent below. */
	private static String figures(SalesFilter filter) {
		if (fromLines(filter)) {
			return "count(*), coalesce(sum(t.quantity), 0), coalesce(sum(t.amount_net), 0),"
					+ " coalesce(sum((t.floor_price - t.price_net) * t.quantity), 0),"
					+ " coalesce(sum(t.floor_price * t.quantity), 0), max(t.below_floor_pct)";
		}
		return "coalesce(sum(t.lines), 0), coalesce(sum(t.quantity), 0), coalesce(sum(t.amount_net), 0),"
				+ " coalesce(sum(t.below_amount), 0), coalesce(sum(t.floor_amount), 0), max(t.max_below_pct)";
	}

	/** The lines below the floor: a deviation is judged on a positive quantity. */
	private static String belowOnly(SalesFilter filter) {
		return fromLines(filter)
				? " and t.below_floor_pct > 0 and t.quantity > 0 and coalesce(t.currency, 'RUB') = 'RUB'" : "";
	}

	/** A row from its figures, which start at column {@code at}. */
	private static Row row(int at, String key, @Nullable String name, ResultSet rs) throws SQLException {
		BigDecimal below = rs.getBigDecimal(at + 3);
		BigDecimal floor = rs.getBigDecimal(at + 4);
		BigDecimal pct = floor.signum() == 0 ? null
				: below.multiply(BigDecimal.valueOf(100)).divide(floor, 2, RoundingMode.HALF_UP);
		return new Row(key, name, rs.getLong(at), rs.getBigDecimal(at + 1), rs.getBigDecimal(at + 2), below, floor, pct,
				rs.getBigDecimal(at + 5));
	}

}
