package com.sellout.portal.inventory.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.inventory.InventorySettings;
import com.sellout.portal.inventory.StockThresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a distributor's channel inventory again from a month on, in one transaction of
 * its own across all distributors (system work): the distributor's advisory lock first,
 * so that two recomputations of it (two events, two nodes) run one after the other and
 * the second reads what the first saw and more; then its figures, the roll-forward and
 * the rows. Idempotent: the same figures give the same rows.
 */
@Component
public class Recomputation {

	private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

	private final ScopedTransactions transactions;

	private final JdbcClient jdbc;

	private final ActivityQueries queries;

	private final InventoryTable table;

	private final InventorySettings settings;

	Recomputation(ScopedTransactions transactions, JdbcClient jdbc, ActivityQueries queries, InventoryTable table,
			InventorySettings settings) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.queries = queries;
		this.table = table;
		this.settings = settings;
	}

	/** Recomputes from {@code from} on (everything when null); the rows written. */
	public int recompute(long distributorId, YearMonth from) {
		return recompute(distributorId, from, List.of());
	}

	/**
	 * Recomputes from {@code from} on, the summaries of reports whose lines changed made
	 * again first.
	 */
	int recompute(long distributorId, YearMonth from, Collection<Long> changedReports) {
		long started = System.nanoTime();
		int rows = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('channel-inventory:' || ?))")
				.param(distributorId)
				.query(Object.class)
				.list();
			queries.forgetSales(changedReports);
			Integer transit = queries.transitDays(distributorId);
			if (transit == null) {
				table.clear(distributorId);
				return 0;
			}
			StockThresholds thresholds = settings.current();
			long reading = System.nanoTime();
			DistributorActivity activity = queries.read(distributorId, transit);
			long rolling = System.nanoTime();
			List<InventoryRow> computed = RollForward.rows(activity, thresholds, from);
			long writing = System.nanoTime();
			int written = table.replace(distributorId, from, computed);
			log.debug(
					"Channel inventory of distributor {} from {}: lock {} ms, read {} ms, roll-forward {} ms, write {} ms",
					distributorId, from, (reading - started) / 1_000_000, (rolling - reading) / 1_000_000,
					(writing - rolling) / 1_000_000, (System.nanoTime() - writing) / 1_000_000);
			return written;
		});
		log.debug("Channel inventory of distributor {} from {}: {} rows in {} ms", distributorId, from, rows,
				(System.nanoTime() - started) / 1_000_000);
		return rows;
	}

	/** Every distributor's, from its first month. */
	public void recomputeAll() {
		List<Long> ids = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select id from distributor_directory order by id").query(Long.class).list());
		ids.forEach(id -> recompute(id, null));
	}

	/**
	 * The first month of a report's sales the sellout view shows (lines out of its
	 * period).
	 */
	public YearMonth firstSaleMonth(long reportId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> queries.firstSaleMonth(reportId));
	}

	/**
	 * Whether the table is empty while there are figures to compute it from: a database
	 * from before the channel inventory.
	 */
	public boolean missing() {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select not exists (select 1 from channel_inventory)
				   and (exists (select 1 from sell_in_shipments) or exists (select 1 from sellout_sales)
				        or exists (select 1 from stock_levels))""").query(Boolean.class).single());
	}

}
