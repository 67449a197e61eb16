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
import com.sellout.portal.sellout.Layout;
import com.sellout.portal.shared.Sha256;

import org.springframework.stereotype.Component;

/**
 * Where every channel hands over a file: the original bytes are stored with the new report
 * before anything is read, then the report is queued. The same bytes (or idempotency key) from
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
		long started = System.nanoTime();
		String sha256 = Sha256.hex(content);
		boolean incremental = CurrentUser.get().filter(user -> user.role() == Role.INTEGRATION)
			.map(user -> integrations.deliveryMode(user.id()) == IntegrationAccounts.DeliveryMode.INCREMENTAL)
			.orElse(false);
		ReportStore.NewReport report = new ReportStore.NewReport(distributorId, channel, fileName, contentType, sha256,
				content.length, idempotencyKey, period == null ? null : period.atDay(1), receivedBy, incremental);
		Long created = transactions.callAs(DataScopes.current(), () -> store.insert(report).map(id -> {
			store.saveFile(id, distributorId, content);
			auditLog.record(AuditAction.SELLOUT_REPORT_RECEIVED, receivedBy, "sellout-report", id, distributorId,
					channel + " " + (fileName == null ? "" : fileName) + " " + content.length + " bytes");
			return id;
		}).orElse(null));
		log.info("Sell-out file of {} bytes stored in {} ms", content.length, (System.nanoTime() - started) / 1_000_000);
		if (created == null) {
			return again(distributorId, sha256, idempotencyKey, content, receivedBy);
		}
		return new Receipt(created, true, false, queue.submit(created, content));
	}

	/**
	 * Bytes (or a key) that came before: the existing report — processed again if its rejection was
	 * our failure and it has attempts left. A key that came with other bytes is refused: its sender
	 * would otherwise take the first file's report for this one's.
	 */
	private Receipt again(long distributorId, String sha256, String idempotencyKey, byte[] content, String receivedBy) {
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
		return new Receipt(existing.id(), false, retried,
				retried ? queue.submit(existing.id(), content) : CompletableFuture.completedFuture(null));
	}

	/** A person's layout for a report: kept on it and the report processed again from its bytes. */
	public CompletableFuture<Void> reprocess(long reportId, long distributorId, Layout layout, YearMonth period) {
		transactions.runAs(DataScopes.current(), () -> {
			store.confirmLayout(reportId, layout, period == null ? null : period.atDay(1));
			auditLog.record(AuditAction.SELLOUT_LAYOUT_CONFIRMED, "sellout-report", reportId, distributorId, null);
		});
		return queue.submit(reportId, null);
	}


}
