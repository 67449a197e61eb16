package com.sellout.portal.sellout.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.FileRefusedException;
import com.sellout.portal.sellout.FileTooLargeException;
import com.sellout.portal.sellout.IdempotencyKeyReusedException;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Where every channel hands over a file: the original bytes are stored with the new
 * report before anything is read (streamed into a large object), then the report's id is
 * queued. The same bytes (or idempotency key) from the same distributor give back the
 * existing report, whatever the channel.
 */
@Component
public class ReportIntake {

	private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

	private final ReportStore store;

	private final ReportOriginals originals;

	private final ReportQueue queue;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	ReportIntake(ReportStore store, ReportOriginals originals, ReportQueue queue, ScopedTransactions transactions,
			AuditLog auditLog) {
		this.store = store;
		this.originals = originals;
		this.queue = queue;
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	/**
	 * @param reportId the report, new or existing
	 * @param created whether these bytes made a new report
	 * @param retried whether an existing report, rejected for a failure of ours, is
	 * processed again
	 * @param done completes when the report has been processed
	 */
	public record Receipt(long reportId, boolean created, boolean retried, CompletableFuture<Void> done) {
	}

	/**
	 * A file handed over at the {@link com.sellout.portal.sellout.SellOutIntake door}, in
	 * the data scope it opened for the sender's distributor: its first bytes tell what it
	 * is (once; the processing reads it as that), then it is written into the database as
	 * it is read, never held whole. No bytes at all are refused
	 * ({@link FileRefusedException#empty()}); more than {@code limit} bytes
	 * ({@link FileTooLargeException}) leave nothing behind. A file that is no sell-out
	 * file (a PDF, an unknown XML) is kept, and its processing rejects it with the reason
	 * told here.
	 */
	public Receipt receive(IncomingFile file, Sender sender, long limit) {
		long started = System.nanoTime();
		try (InputStream opened = file.content().open()) {
			byte[] head = opened.readNBytes(SourceFormat.HEAD);
			if (head.length == 0) {
				throw FileRefusedException.empty();
			}
			SourceFormat.Detected format = SourceFormat.Detected.of(head);
			InputStream content = new SequenceInputStream(new ByteArrayInputStream(head), opened);
			return store(file, sender, limit, format, content, started);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Receipt store(IncomingFile file, Sender sender, long limit, SourceFormat.Detected format,
			InputStream content, long started) {
		long distributorId = sender.distributorId();
		Channel channel = sender.channel();
		String fileName = file.name();
		String contentType = file.contentType();
		String idempotencyKey = file.idempotencyKey();
		String receivedBy = sender.actor();
		boolean incremental = sender.delivery() == Sender.Delivery.INCREMENTAL;
		YearMonth period = file.period();
		ReportOriginals.Content[] written = new ReportOriginals.Content[1];
		Long created;
		try {
			created = transactions.callAs(DataScopes.current(), () -> {
				ReportOriginals.Content stored = originals.write(content, limit);
				written[0] = stored;
				ReportStore.NewReport report = new ReportStore.NewReport(distributorId, channel, fileName, contentType,
						stored.sha256(), stored.size(), idempotencyKey, period == null ? null : period.atDay(1),
						receivedBy, incremental, format, file.kind(), file.asOf());
				return store.insert(report).map(id -> {
					originals.saveFile(id, distributorId, stored.oid());
					auditLog.record(AuditAction.SELLOUT_REPORT_RECEIVED, receivedBy, "sellout-report", id,
							distributorId,
							channel + " " + (fileName == null ? "" : fileName) + " " + stored.size() + " bytes");
					return id;
				}).orElseGet(() -> {
					originals.discard(stored.oid());
					return null;
				});
			});
		}
		catch (ReportOriginals.ContentTooLargeException tooLarge) {
			throw new FileTooLargeException(limit);
		}
		log.info("Sell-out file of {} bytes stored in {} ms", written[0].size(),
				(System.nanoTime() - started) / 1_000_000);
		if (created == null) {
			return again(distributorId, written[0].sha256(), idempotencyKey, receivedBy);
		}
		return new Receipt(created, true, false, queue.submit(created));
	}

	/**
	 * Bytes (or a key) that came before: the existing report — processed again if its
	 * rejection was our failure and it has attempts left. A key that came with other
	 * bytes is refused: its sender would otherwise take the first file's report for this
	 * one's.
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
			auditLog.record(AuditAction.SELLOUT_REPORT_RETRIED, receivedBy, "sellout-report", existing.id(),
					distributorId, "the same bytes again after a failure of ours");
			return true;
		});
		// one still unfinished — waiting here, on a node that died, after a lost
		// connection — is queued
		// here too (a worker elsewhere holds its row, and then this one passes it over),
		// so that the
		// sender waits for its real outcome, as the first time
		boolean unfinished = existing.unfinished();
		return new Receipt(existing.id(), false, retried,
				retried || unfinished ? queue.submit(existing.id()) : CompletableFuture.completedFuture(null));
	}

	/**
	 * A person's layout for a report: kept on it and the report processed again from its
	 * bytes.
	 */
	public CompletableFuture<Void> reprocess(long reportId, long distributorId, Layout layout, YearMonth period) {
		return reprocess(reportId, distributorId, layout, period, null, null);
	}

	/**
	 * The same with what a person said the report is and on which date its stock stands
	 * (each optional), kept as if its sender had said so; {@code layout} null keeps the
	 * report's reading to detection, with the kind and date chosen.
	 */
	public CompletableFuture<Void> reprocess(long reportId, long distributorId, Layout layout, YearMonth period,
			ReportKind kind, LocalDate asOf) {
		transactions.runAs(DataScopes.current(), () -> {
			if (layout != null) {
				store.confirmLayout(reportId, layout, period == null ? null : period.atDay(1));
			}
			if (layout == null || kind != null || asOf != null) {
				store.chooseKind(reportId, kind, asOf);
			}
			auditLog.record(AuditAction.SELLOUT_LAYOUT_CONFIRMED, "sellout-report", reportId, distributorId,
					kind == null && asOf == null ? null : "kind " + (kind == null ? "as detected" : kind)
							+ (asOf == null ? "" : ", as of " + asOf));
		});
		return queue.submit(reportId);
	}

}
