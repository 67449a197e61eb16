package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.BacktestError;
import com.sellout.portal.forecasting.DemandClass;
import com.sellout.portal.forecasting.ForecastAccuracy;
import com.sellout.portal.forecasting.ForecastChange;
import com.sellout.portal.forecasting.TrackRecord;
import com.sellout.portal.forecasting.internal.RequestedScope.Resolved;
import com.sellout.portal.forecasting.models.BacktestResult;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the stored forecasts say over time: the series whose latest forecast moved most
 * against the one made the month before, the series with the worst backtest error, and
 * the one-month-ahead forecasts of past months against what then happened.
 */
@Component
class ForecastLists {

	/** The months ahead whose totals the changes compare. */
	static final int CHANGE_MONTHS = 12;

	/** The made-in months a track record goes back. */
	static final int TRACK_MONTHS = 24;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	ForecastLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ForecastChange> largestChanges(@Nullable Long distributorId, int limit) {
		return jdbc
			.sql("""
					select c.distributor_id, d.code, c.sku, pr.name, c.made_in, p.made_in, count(*), sum(pv.quantity),
					       sum(cv.quantity)
					  from forecast_series c
					  join forecast_series p on p.distributor_id = c.distributor_id and p.sku = c.sku
					                        and p.made_in = cast(c.made_in - interval '1 month' as date)
					  join forecast_values cv on cv.series_id = c.id
					                         and cv.period <= cast(c.made_in + cast(:months as integer) * interval '1 month' as date)
					  join forecast_values pv on pv.series_id = p.id and pv.period = cv.period
					  join distributor_directory d on d.id = c.distributor_id
					  left join catalog_products pr on pr.sku = c.sku
					 where c.latest and (cast(:distributor as bigint) is null or c.distributor_id = :distributor)
					 group by c.distributor_id, d.code, c.sku, pr.name, c.made_in, p.made_in
					 order by abs(sum(cv.quantity) - sum(pv.quantity)) desc, c.sku, d.code limit :limit""")
			.param("months", CHANGE_MONTHS)
			.param("distributor", distributorId)
			.param("limit", limit)
			.query((rs, n) -> {
				BigDecimal previous = rs.getBigDecimal(8);
				BigDecimal current = rs.getBigDecimal(9);
				BigDecimal percent = previous.signum() == 0 ? null
						: current.subtract(previous).multiply(HUNDRED).divide(previous.abs(), 1, RoundingMode.HALF_UP);
				return new ForecastChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						YearMonth.from(rs.getDate(5).toLocalDate()), YearMonth.from(rs.getDate(6).toLocalDate()),
						rs.getInt(7), previous, current, percent);
			})
			.list();
	}

	List<ForecastAccuracy> worstErrors(@Nullable Long distributorId, int limit) {
		return jdbc
			.sql("""
					select s.distributor_id, d.code, s.sku, pr.name, s.method, s.demand_class, s.windows, s.horizon, s.points,
					       s.abs_error, s.error, s.actual, s.scale
					  from forecast_series s join distributor_directory d on d.id = s.distributor_id
					  left join catalog_products pr on pr.sku = s.sku
					 where s.latest and s.points > 0 and s.actual > 0
					   and (cast(:distributor as bigint) is null or s.distributor_id = :distributor)
					 order by s.abs_error / s.actual desc, s.sku, d.code limit :limit""")
			.param("distributor", distributorId)
			.param("limit", limit)
			.query((rs, n) -> {
				BacktestError error = BacktestSums.of(new BacktestResult(rs.getInt(7), rs.getInt(8), rs.getInt(9),
						rs.getDouble(10), rs.getDouble(11), rs.getDouble(12), rs.getDouble(13)));
				return new ForecastAccuracy(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), DemandClass.valueOf(rs.getString(6)), error);
			})
			.list();
	}

	/**
	 * Per made-in month, the stored forecasts of the next month added up against the
	 * actuals: over the series whose distributor has reported that month (the others
	 * would count as 0), the actual null while none has.
	 */
	List<TrackRecord> trackRecord(Resolved scope, @Nullable YearMonth since) {
		Map<YearMonth, BigDecimal[]> made = new TreeMap<>();
		jdbc.sql(
				"""
						select s.made_in, v.quantity, r.distributor_id is not null, coalesce(q.quantity, 0)
						  from forecast_series s
						  join forecast_values v on v.series_id = s.id and v.period = cast(s.made_in + interval '1 month' as date)
						  left join sales_reported_months r on r.distributor_id = s.distributor_id and r.period = v.period
						  left join (select a.distributor_id, a.sku, a.period, a.quantity from sales_monthly_quantities a
						              where (cast(:distributor as bigint) is null or a.distributor_id = :distributor)
						                and (cast(:skus as text[]) is null or a.sku = any(cast(:skus as text[])))) q
						         on q.distributor_id = s.distributor_id and q.sku = s.sku and q.period = v.period
						 where (cast(:since as date) is null or s.made_in >= :since) and"""
						+ StoredForecasts.SCOPE)
			.param("since", since == null ? null : Date.valueOf(since.atDay(1)))
			.param("distributor", scope.distributorId())
			.param("skus", scope.skus() == null ? null : scope.skus().toArray(String[]::new))
			.query(rs -> {
				// all forecasts, reported forecasts, reported actuals, reported series
				BigDecimal[] sums = made.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()),
						m -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = sums[0].add(rs.getBigDecimal(2));
				if (rs.getBoolean(3)) {
					sums[1] = sums[1].add(rs.getBigDecimal(2));
					sums[2] = sums[2].add(rs.getBigDecimal(4));
					sums[3] = sums[3].add(BigDecimal.ONE);
				}
			});
		return records(made);
	}

	/**
	 * The track record from its sums per made-in month: all forecasts, the forecasts of
	 * the series whose distributor reported the month after, their actuals, and how many.
	 */
	static List<TrackRecord> records(Map<YearMonth, BigDecimal[]> made) {
		List<TrackRecord> records = new ArrayList<>();
		made.forEach((month, sums) -> {
			boolean reported = sums[3].signum() > 0;
			records.add(new TrackRecord(month, month.plusMonths(1), reported ? sums[1] : sums[0],
					reported ? sums[2] : null));
		});
		return records;
	}

}
