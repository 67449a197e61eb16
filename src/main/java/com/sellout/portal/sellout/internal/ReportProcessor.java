package com.sellout.portal.sellout.internal;

import java.nio.file.Path;
import java.time.Duration;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.reading.UnreadableFileException;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * One attempt at a report, from stored bytes to stored lines, and its outcome: claim it,
 * then in one transaction read it into checked, staged lines ({@link ReportReading}) and
 * settle it ({@link ReportSettling}: its period, its lines, the clients found,
 * supersession). Either all of it is committed or nothing: a report killed half-way is
 * still {@code PROCESSING} and is processed again from its bytes after a restart. A file
 * that cannot be read is rejected, one that needs a person waits for mapping, a failure
 * of ours is recorded as ours, a failing database leaves the report for the retry; every
 * outcome is published ({@link ReportEvents}).
 */
@Component
class ReportProcessor {

	private static final Logger log = LoggerFactory.getLogger(ReportProcessor.class);

	private final ReportStore store;

	private final ReportOriginals originals;

	private final ScopedTransactions transactions;

	private final ReportEvents events;

	private final ReportReading reading;

	private final ReportSettling settling;

	private final StockProcessing stock;

	ReportProcessor(ReportStore store, ReportOriginals originals, ScopedTransactions transactions, ReportEvents events,
			ReportReading reading, ReportSettling settling, StockProcessing stock) {
		this.store = store;
		this.originals = originals;
		this.transactions = transactions;
		this.events = events;
		this.reading = reading;
		this.settling = settling;
		this.stock = stock;
	}

	private volatile Duration timeBudget = Duration.ofMinutes(10);

	/**
	 * How long one report may be processed before it is refused ({@link TimeBudget}); a
	 * setter, so tests may shorten it.
	 */
	void timeBudget(Duration budget) {
		this.timeBudget = budget;
	}

	/** The budget as configured ({@code portal.sellout.time-budget}). */
	@org.springframework.beans.factory.annotation.Autowired
	void settings(SellOutSettings settings) {
		timeBudget(settings.timeBudget());
	}

	/**
	 * Processes the report if it still waits, from its original as stored, and publishes
	 * the outcome with it (an event of {@link ReportEvents}). Answers whether it was
	 * processed here — an attempt made, whatever its outcome — rather than found finished
	 * or held by another worker.
	 */
	boolean process(long reportId) {
		ReportStore.Attempt attempt = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			ReportStore.Attempt started = store.markProcessing(reportId);
			if (started == ReportStore.Attempt.GIVEN_UP) {
				events.processed(reportId);
			}
			return started;
		});
		if (attempt != ReportStore.Attempt.STARTED) {
			return attempt == ReportStore.Attempt.GIVEN_UP;
		}
		// what the report turned out to be, kept with whatever outcome rolls its reading
		// back
		ReportKind[] kind = new ReportKind[1];
		try {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> store.lock(reportId).ifPresent(report -> {
				store.holdDistributor(report.distributorId());
				Path original = originals.spool(reportId);
				try {
					run(report, original, kind);
				}
				finally {
					original.toFile().delete();
				}
				events.processed(reportId);
			}));
		}
		catch (UnreadableFileException refused) {
			log.info("Sell-out report {} rejected: {}", reportId, refused.getMessage());
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				keepKind(reportId, kind[0]);
				store.reject(reportId, null, refused.messageKey(), refused.arguments());
				events.processed(reportId);
			});
		}
		catch (NeedsPerson waiting) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				store.needsMapping(reportId, waiting.format, waiting.layout, waiting.reasonKey, kind[0]);
				events.processed(reportId);
			});
		}
		catch (RejectedForChannel rejected) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				keepKind(reportId, kind[0]);
				store.reject(reportId, rejected.format, rejected.reasonKey, new Object[0]);
				events.processed(reportId);
			});
		}
		catch (TransientDataAccessException | DataAccessResourceFailureException ex) {
			// the database failed us, not the file: the report stays PROCESSING and is
			// retried after a restart
			log.error("Sell-out report {} could not be stored; it will be retried", reportId, ex);
		}
		catch (RuntimeException | Error ex) {
			if (ex instanceof InternalError || ex instanceof UnknownError) {
				throw ex; // the JVM itself is broken: nothing sensible to record
			}
			// a StackOverflowError, an OutOfMemoryError, a LinkageError: a failure like
			// any other, never a stuck report
			log.error("Sell-out report {} failed", reportId, ex);
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				store.rejectOurs(reportId);
				events.processed(reportId);
			});
		}
		return true;
	}

	/**
	 * Decides what the report is, then reads and settles it as that: a sell-out report
	 * (its month's versions) or a stock report ({@link StockProcessing}, its as-of
	 * date's).
	 */
	private void run(ReportStore.Pending report, Path original, ReportKind[] kind) {
		TimeBudget budget = new TimeBudget(timeBudget);
		kind[0] = stock.kindOf(report, original, budget);
		if (kind[0] == ReportKind.STOCK) {
			stock.process(report, original, budget);
			return;
		}
		settling.settle(report, reading.read(report, original, budget));
	}

	private void keepKind(long reportId, ReportKind kind) {
		if (kind != null) {
			store.kindOf(reportId, kind);
		}
	}

}
