package com.sellout.portal.sellout.internal;

import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.Role;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.IdempotencyKeyReusedException;
import com.sellout.portal.mapping.Layout;

import org.springframework.stereotype.Component;

/**
 * Where every channel hands over a file: the original bytes are stored with the new report
 * before anything is read (streamed into a large object), then the report's id is queued. The same bytes (or idempotency key) from
 * the same distributor give back the existing report, whatever the channel.
 */
@Component
public class ReportIntake {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportIntake.class);

	private final ReportStore store;

	private final ReportQueue queue;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	private final IntegrationAccounts integrations;

	ReportIntake(ReportStore store, ReportQueue queue, ScopedTransactions transactions, AuditLog auditLog,
			IntegrationAccounts integrations) {
		this.store = store;
		this.queue = queue;
		this.transactions = transactions;
		this.auditLog = auditLog;
		this.integrations = integrations;
	}

	/**
	 * @param reportId the report, new or existing
	 * @param created  whether these bytes made a new report
	 * @param retried  whether an existing report, rejected for a failure of ours, is processed again
	 * @param done     completes when the report has been processed
	 */
	public record Receipt(long reportId, boolean created, boolean retried, CompletableFuture<Void> done) {
	}

	/** A file received for a distributor, in the caller's data scope (which must allow that distributor). */
	public Receipt receive(long distributorId, Channel channel, String fileName, String contentType, byte[] content,
			YearMonth period, String idempotencyKey, String receivedBy) {
		return receive(distributorId, channel, fileName, contentType, new java.io.ByteArrayInputStream(content),
				Long.MAX_VALUE, period, idempotencyKey, receivedBy);
	}

	/**
	 * A file received as a stream (an upload's temporary file, a request body, an FTP file): written
	 * into the database as it is read, never held whole; more than {@code limit} bytes are refused
	 * ({@link com.sellout.portal.sellout.FileTooLargeException}) and leave nothing behind.
	 */
	public Receipt receive(long distributorId, Channel channel, String fileName, String contentType,
			java.io.InputStream content, long limit, YearMonth period, String idempotencyKey, String receivedBy) {
		long started = System.nanoTime();
		boolean incremental = CurrentUser.get().filter(user -> user.role() == Role.INTEGRATION)
			.map(user -> integrations.deliveryMode(user.id()) == IntegrationAccounts.DeliveryMode.INCREMENTAL)
			.orElse(false);
		ReportStore.Content[] written = new ReportStore.Content[1];
		Long created;
		try {
			created = transactions.callAs(DataScopes.current(), () -> {
				ReportStore.Content stored = store.write(content, limit);
				written[0] = stored;
				ReportStore.NewReport report = new ReportStore.NewReport(distributorId, channel, fileName, contentType,
						stored.sha256(), stored.size(), idempotencyKey, period == null ? null : period.atDay(1), receivedBy,
						incremental);
				return store.insert(report).map(id -> {
					store.saveFile(id, distributorId, stored.oid());
					auditLog.record(AuditAction.SELLOUT_REPORT_RECEIVED, receivedBy, "sellout-report", id, distributorId,
							channel + " " + (fileName == null ? "" : fileName) + " " + stored.size() + " bytes");
					return id;
				}).orElseGet(() -> {
					store.discard(stored.oid());
					return null;
				});
			});
		}
		catch (ReportStore.ContentTooLargeException tooLarge) {
			throw new com.sellout.portal.sellout.FileTooLargeException(limit);
		}
		log.info("Sell-out file of {} bytes stored in {} ms", written[0].size(), (System.nanoTime() - started) / 1_000_000);
		if (created == null) {
			return again(distributorId, written[0].sha256(), idempotencyKey, receivedBy);
		}
		return new Receipt(created, true, false, queue.submit(created));
	}

	/**
	 * Bytes (or a key) that came before: the existing report — processed again if its rejection was
	 * our failure and it has attempts left. A key that came with other bytes is refused: its sender
	 * would otherwise take the first file's report for this one's.
	 */
	private Receipt again(long distributorId, String sha256, String idempotencyKey, String receivedBy) {
		ReportStore.Existing existing = transactions.callAs(DataScopes.current(),
				() -> store.existing(distributorId, sha256, idempotencyKey).orElseThrow());
		if (existing.byKey() && !existing.sha256().equals(sha256)) {
			throw new IdempotencyKeyReusedException(idempotencyKey, existing.id());
		}
		boolean retried = transactions.callAs(DataScopes.current(), () -> {
			if (!store.retry(existing.id())) {
				return false;
			}
			auditLog.record(AuditAction.SELLOUT_REPORT_RETRIED, receivedBy, "sellout-report", existing.id(), distributorId,
					"the same bytes again after a failure of ours");
			return true;
		});
		// one still unfinished — waiting here, on a node that died, after a lost connection — is queued
		// here too (a worker elsewhere holds its row, and then this one passes it over), so that the
		// sender waits for its real outcome, as the first time
		boolean unfinished = existing.unfinished();
		return new Receipt(existing.id(), false, retried,
				retried || unfinished ? queue.submit(existing.id()) : CompletableFuture.completedFuture(null));
	}

	/** A person's layout for a report: kept on it and the report processed again from its bytes. */
	public CompletableFuture<Void> reprocess(long reportId, long distributorId, Layout layout, YearMonth period) {
		transactions.runAs(DataScopes.current(), () -> {
			store.confirmLayout(reportId, layout, period == null ? null : period.atDay(1));
			auditLog.record(AuditAction.SELLOUT_LAYOUT_CONFIRMED, "sellout-report", reportId, distributorId, null);
		});
		return queue.submit(reportId);
	}


}
