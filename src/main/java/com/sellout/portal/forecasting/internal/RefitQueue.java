package com.sellout.portal.forecasting.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The distributors whose forecasts wait for a refit, in the database ({@code
 * forecast_refits}) so that a restart or another node takes them up. A request only marks
 * the distributor (an upload never waits for a fit); it is due at once, unless the
 * distributor was refitted less than the refit interval ago — then at the interval's end,
 * so that however many reports arrive a distributor is refitted at most once per
 * interval. A node claims a due distributor with {@code skip locked}: one refit of it at
 * a time across the cluster.
 */
@Component
class RefitQueue {

	private static final Logger log = LoggerFactory.getLogger(RefitQueue.class);

	private final ScopedTransactions transactions;

	private final JdbcClient jdbc;

	private final Refit refit;

	private final Duration interval;

	private final Duration settle;

	RefitQueue(ScopedTransactions transactions, JdbcClient jdbc, Refit refit, ForecastingSettings settings) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.refit = refit;
		this.interval = settings.refitInterval();
		this.settle = settings.settle();
	}

	/** Marks the distributor's forecasts for a refit; whether it is due now. */
	boolean request(long distributorId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("""
							insert into forecast_refits (distributor_id, pending, requested_at, due_at)
							values (:distributor, true, now(), now() + cast(:settle as interval))
							on conflict (distributor_id) do update
							   set requested_at = now(),
							       due_at = case when forecast_refits.pending then forecast_refits.due_at
							                     else greatest(now() + cast(:settle as interval), coalesce(forecast_refits.started_at, now())
							                                          + cast(:interval as interval)) end,
							       pending = true
							returning due_at <= now()""")
					.param("distributor", distributorId)
					.param("interval", interval.toMillis() + " milliseconds")
					.param("settle", settle.toMillis() + " milliseconds")
					.query(Boolean.class)
					.single());
	}

	/** Refits every due distributor, one after another; how many were refitted. */
	int runDue() {
		int done = 0;
		Long distributorId;
		while ((distributorId = claim()) != null) {
			run(distributorId);
			done++;
		}
		return done;
	}

	/**
	 * Takes the next due distributor off the queue (and stamps its start, which the
	 * debounce counts from); null when none is due.
	 */
	private @Nullable Long claim() {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				update forecast_refits set pending = false, started_at = now(), runs = runs + 1
				 where distributor_id = (select distributor_id from forecast_refits where pending and due_at <= now()
				                          order by due_at limit 1 for update skip locked)
				returning distributor_id""").query(Long.class).optional().orElse(null));
	}

	private void run(long distributorId) {
		OffsetDateTime started = OffsetDateTime.now();
		try {
			Refit.Outcome outcome = refit.refit(distributorId);
			log.info("Forecasts of distributor {}: {} series, {} refitted in {} ms", distributorId, outcome.series(),
					outcome.refitted(), Duration.between(started, OffsetDateTime.now()).toMillis());
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				jdbc.sql(
						"""
								update forecast_refits set finished_at = now(), series = ?, refitted = ? where distributor_id = ?""")
					.params(outcome.series(), outcome.refitted(), distributorId)
					.update();
				jdbc.sql("""
						insert into forecast_refit_runs (distributor_id, started_at, finished_at, series, refitted)
						values (?, ?, now(), ?, ?)""")
					.params(distributorId, started, outcome.series(), outcome.refitted())
					.update();
			});
		}
		catch (RuntimeException ex) {
			// tried again at the interval's end
			log.warn("Refit of distributor {}'s forecasts failed: {}", distributorId, ex.toString());
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
				.sql("""
						update forecast_refits set pending = true, due_at = now() + cast(? as interval) where distributor_id = ?""")
				.params(interval.toMillis() + " milliseconds", distributorId)
				.update());
		}
	}

	/**
	 * Whether sales exist without any stored forecast: a database from before the
	 * forecasts, filled once.
	 */
	boolean missing() {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select not exists (select 1 from forecast_series) and exists (select 1 from sales_reported_months)""")
			.query(Boolean.class)
			.single());
	}

	/** Marks every distributor with sales for a refit. */
	void requestAll() {
		transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select distinct distributor_id from sales_reported_months").query(Long.class).list())
			.forEach(this::request);
	}

}
