package com.sellout.portal.forecasting.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.forecasting.ForecastRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fits a distributor's series again and stores them — only those whose history changed
 * since their stored forecast (its fingerprint, or a new last month: a new month of the
 * distributor changes all its series). System work across the scope; the fits run on the
 * bounded pool outside any transaction, the writes in one transaction under the
 * distributor's advisory lock (two nodes never write one distributor at once), with the
 * distributor's sums per scope that the pages read ({@link SumWrites}).
 */
@Component
public class Refit {

	/** Stored forecasts reach this far: the longest horizon a page or the API asks. */
	static final int STORED_HORIZON = ForecastRequest.MAX_HORIZON;

	private static final int CHUNK = 500;

	private static final Logger log = LoggerFactory.getLogger(Refit.class);

	private final ScopedTransactions transactions;

	private final JdbcClient jdbc;

	private final SeriesReader reader;

	private final StoredForecasts store;

	private final FittingPool pool;

	private final SumWrites sums;

	Refit(ScopedTransactions transactions, JdbcClient jdbc, SeriesReader reader, StoredForecasts store,
			FittingPool pool, SumWrites sums) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.reader = reader;
		this.store = store;
		this.pool = pool;
		this.sums = sums;
	}

	/** What a refit did: the distributor's series, and how many were fitted again. */
	public record Outcome(int series, int refitted) {
	}

	/** Refits the distributor's changed series. */
	public Outcome refit(long distributorId) {
		long started = System.nanoTime();
		record Read(OffsetDateTime at, List<Series> series, Map<String, StoredForecasts.Stamp> stamps) {
		}
		// the database's time when the reading began: the sums count rollups refreshed
		// until then
		Read read = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> new Read(jdbc.sql("select now()").query(OffsetDateTime.class).single(),
						reader.read(distributorId, null, null), store.stamps(distributorId)));
		List<Series> changed = new ArrayList<>();
		Map<String, Series> histories = new HashMap<>();
		for (Series series : read.series()) {
			String print = series.fingerprint();
			StoredForecasts.Stamp stamp = read.stamps().get(series.sku());
			if (stamp == null || !stamp.madeIn().equals(series.last()) || !stamp.fingerprint().equals(print)) {
				changed.add(series);
				histories.put(series.sku(), series);
			}
		}
		Set<String> present = read.series().stream().map(Series::sku).collect(Collectors.toSet());
		List<String> gone = read.stamps().keySet().stream().filter(sku -> !present.contains(sku)).toList();
		long fitting = System.nanoTime();
		List<Fitted> fitted = pool.fit(changed, series -> STORED_HORIZON, null);
		long writing = System.nanoTime();
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('forecast-refit:' || ?))")
				.param(distributorId)
				.query(Object.class)
				.list();
			for (int i = 0; i < fitted.size(); i += CHUNK) {
				store.save(distributorId, fitted.subList(i, Math.min(fitted.size(), i + CHUNK)), histories);
			}
			if (!gone.isEmpty()) {
				store.retire(distributorId, gone);
			}
			// always: what the plan nets against may have changed without any series
			sums.refresh(distributorId, read.at());
		});
		log.info(
				"Forecasts of distributor {}: {} series, {} fitted again in {} ms (read {} ms, fit {} ms, write {} ms)",
				distributorId, read.series().size(), fitted.size(), (System.nanoTime() - started) / 1_000_000,
				(fitting - started) / 1_000_000, (writing - fitting) / 1_000_000,
				(System.nanoTime() - writing) / 1_000_000);
		return new Outcome(read.series().size(), fitted.size());
	}

	/**
	 * Every distributor with sales: a full refit (a database's first fill, the bench).
	 */
	public Outcome refitAll() {
		List<Long> ids = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select distinct distributor_id from sales_reported_months order by 1")
					.query(Long.class)
					.list());
		int series = 0;
		int refitted = 0;
		for (long id : ids) {
			Outcome outcome = refit(id);
			series += outcome.series();
			refitted += outcome.refitted();
		}
		return new Outcome(series, refitted);
	}

}
