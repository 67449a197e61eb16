package com.sellout.portal.odata.feed;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports a read serves from its first page to its last: the sell-out reports active
 * in the reader's scope when the first page was asked, kept in {@code odata_snapshots}
 * for {@code portal.odata.snapshot-ttl}. A later page is served from the same snapshot
 * only to the user and scope that made it (row-level security keeps it to the
 * distributor; the user and the restricted clients are checked here). Expired snapshots
 * are deleted, at most once a minute, as a new one is made.
 */
@Service
class Snapshots {

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final OdataSettings settings;

	private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

	Snapshots(JdbcClient jdbc, ScopedTransactions transactions, OdataSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** A snapshot of the reports active now, for this reader. */
	@Transactional
	public Snapshot take(CurrentUser user, String scopeKey) {
		UUID id = UUID.randomUUID();
		DataScope scope = user.scope();
		Long[] reports = jdbc
			.sql("""
					insert into odata_snapshots (id, user_id, distributor_id, all_distributors, scope_key, report_ids,
					                             expires_at)
					select ?, ?, ?, ?, ?, coalesce(array_agg(id order by id), '{}'), now() + ?::interval
					  from sellout_report_states where kind = 'SELLOUT' and status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
					returning report_ids""")
			.params(id, user.id(), scope.distributorId(), scope.allDistributors(), scopeKey,
					settings.snapshotTtl().toSeconds() + " seconds")
			.query((rs, row) -> longs(rs.getArray(1)))
			.single();
		return new Snapshot(id, reports);
	}

	/** The snapshot a next page names, if it is this reader's and has not expired. */
	@Transactional(readOnly = true)
	public Snapshot find(UUID id, CurrentUser user, String scopeKey) throws ODataApplicationException {
		List<Long[]> found = jdbc.sql("""
				select report_ids from odata_snapshots
				 where id = ? and user_id = ? and scope_key = ? and expires_at > now()""")
			.params(id, user.id(), scopeKey)
			.query((rs, row) -> longs(rs.getArray(1)))
			.list();
		if (found.isEmpty()) {
			throw new ODataApplicationException(
					"This read's snapshot has expired or is not yours; refresh to start the read again",
					HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT);
		}
		return new Snapshot(id, found.get(0));
	}

	/** Deletes expired snapshots of every scope, at most once a minute. */
	void cleanUp() {
		Instant last = lastCleanup.get();
		Instant now = Instant.now();
		if (now.isBefore(last.plusSeconds(60)) || !lastCleanup.compareAndSet(last, now)) {
			return;
		}
		transactions.runAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("delete from odata_snapshots where expires_at < now()").update());
	}

	private static Long[] longs(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		Long[] ids = new Long[values.length];
		for (int i = 0; i < values.length; i++) {
			ids[i] = ((Number) values[i]).longValue();
		}
		return ids;
	}

	record Snapshot(UUID id, Long[] reports) {
	}

}
