package com.sellout.portal.forecasting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.internal.RequestedScope.Resolved;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the stored sums of a selection still are what its series would add up to: every
 * distributor in the caller's scope with stored forecasts has its sums, computed over
 * exactly its latest series (their count) and the SKUs the catalog puts in the scope now
 * — for the sell-in plan also from the inputs it nets against now (their digest), for the
 * track record with no report refreshed since. Otherwise the answer is added up from the
 * series, as it always was, and the stale distributors are marked for a refit, which
 * stores their sums again.
 */
@Component
class SumChecks {

	private static final Logger log = LoggerFactory.getLogger(SumChecks.class);

	private final JdbcClient jdbc;

	private final SumInputs inputs;

	private final RefitQueue queue;

	SumChecks(JdbcClient jdbc, SumInputs inputs, RefitQueue queue) {
		this.jdbc = jdbc;
		this.inputs = inputs;
		this.queue = queue;
	}

	/** What a stored sum is read for: each needs its own inputs unchanged. */
	enum Use {

		/** The forecast: the series and the scope's SKUs. */
		FORECAST,

		/** The sell-in plan: also what it nets against. */
		PLAN,

		/** The track record: also no report refreshed since (its actuals). */
		TRACK

	}

	/** One distributor's stored scope: its last month in it (none: no series in it). */
	record Stored(long distributorId, @Nullable YearMonth madeIn, int series) {
	}

	/**
	 * The stored scopes of a request's distributors, when they hold; null when any
	 * distributor's sums are missing or stale.
	 */
	@Nullable Map<Long, Stored> valid(Resolved scope, Use use) {
		if (scope.sku() != null) {
			// one product over distributors: few series, not stored
			return null;
		}
		long scopeId = SumScopes.of(scope.groupId());
		String skus = SumScopes.digest(scope.skus());
		Map<Long, Integer> latest = new HashMap<>();
		jdbc.sql("""
				select distributor_id, count(*) from forecast_series
				 where latest and (cast(:distributor as bigint) is null or distributor_id = :distributor) group by 1""")
			.param("distributor", scope.distributorId())
			.query(rs -> {
				latest.put(rs.getLong(1), rs.getInt(2));
			});
		record Row(long distributorId, long scopeId, @Nullable YearMonth madeIn, int series, String skus,
				String inputs) {
		}
		List<Row> rows = jdbc
			.sql("""
					select distributor_id, scope_id, made_in, series, skus_digest, inputs_digest from forecast_sum_scopes
					 where scope_id in (0, :scope) and (cast(:distributor as bigint) is null or distributor_id = :distributor)""")
			.param("scope", scopeId)
			.param("distributor", scope.distributorId())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2),
					rs.getDate(3) == null ? null : Quantities.month(rs.getDate(3)), rs.getInt(4), rs.getString(5),
					rs.getString(6)))
			.list();
		Map<Long, Row> all = new HashMap<>();
		Map<Long, Row> own = new HashMap<>();
		rows.forEach(r -> {
			if (r.scopeId() == SumScopes.ALL) {
				all.put(r.distributorId(), r);
			}
			if (r.scopeId() == scopeId) {
				own.put(r.distributorId(), r);
			}
		});
		List<Long> stale = new ArrayList<>();
		latest.forEach((id, count) -> {
			Row total = all.get(id);
			Row mine = own.get(id);
			if (total == null || total.series() != count || mine == null || !mine.skus().equals(skus)) {
				stale.add(id);
			}
		});
		all.values()
			.stream()
			.filter(r -> r.series() > 0 && !latest.containsKey(r.distributorId()))
			.forEach(r -> stale.add(r.distributorId()));
		if (stale.isEmpty() && use == Use.PLAN) {
			Map<Long, YearMonth> madeIn = new TreeMap<>();
			all.values()
				.stream()
				.filter(r -> r.madeIn() != null)
				.forEach(r -> madeIn.put(r.distributorId(), r.madeIn()));
			Map<Long, String> now = inputs.digests(madeIn);
			madeIn.keySet().stream().filter(id -> !all.get(id).inputs().equals(now.get(id))).forEach(stale::add);
		}
		if (!stale.isEmpty()) {
			refit(stale);
			return null;
		}
		if (use == Use.TRACK && reportedSince(scope)) {
			// a refit is pending already: it stores the new actuals
			return null;
		}
		Map<Long, Stored> stored = new TreeMap<>();
		own.forEach((id, r) -> {
			if (latest.containsKey(id)) {
				stored.put(id, new Stored(id, r.madeIn(), r.series()));
			}
		});
		return stored;
	}

	/** Whether a report was refreshed in the rollups after the stored sums were read. */
	private boolean reportedSince(Resolved scope) {
		return jdbc.sql("""
				select exists (select 1 from forecast_refits r join forecast_sum_scopes s
				                 on s.distributor_id = r.distributor_id and s.scope_id = 0
				                where r.requested_at > s.computed_at
				                  and (cast(:distributor as bigint) is null or r.distributor_id = :distributor))""")
			.param("distributor", scope.distributorId())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Marks the stale distributors for a refit, in a transaction of its own (the reader's
	 * is read-only); the refit job finds them at its next look.
	 */
	private void refit(List<Long> stale) {
		try {
			stale.forEach(queue::request);
		}
		catch (RuntimeException ex) {
			// the answer is computed from the series all the same
			log.warn("Stale forecast sums of {} not queued for a refit: {}", stale, ex.toString());
		}
	}

}
