package com.sellout.portal.sellout.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.jobs.JobSchedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs report processing on a few worker threads, so that a large file never holds up the
 * request that brought it, and picks up on start every report a stop left unfinished. A report is
 * processed by one worker at a time (its row is locked), even across several application nodes.
 * The queue holds report ids only — the bytes stay in the database until a worker reads them — and
 * hands them out fairly ({@link FairLanes}): one running report per distributor, a lane kept for
 * small files.
 */
@Component
public class ReportQueue {

	private static final Logger log = LoggerFactory.getLogger(ReportQueue.class);

	private final ReportProcessor processor;

	private final ReportStore store;

	private final ScopedTransactions transactions;

	private final FairLanes lanes;

	private final long smallFile;

	private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

	private final Duration retryInterval;

	ReportQueue(ReportProcessor processor, ReportStore store, ScopedTransactions transactions,
			@Value("${portal.sellout.workers:2}") int workers,
			@Value("${portal.sellout.small-file-workers:1}") int smallFileWorkers,
			@Value("${portal.sellout.small-file-size:1MB}") DataSize smallFile,
			@Value("${portal.sellout.retry-interval:1m}") Duration retryInterval) {
		this.processor = processor;
		this.retryInterval = retryInterval;
		this.store = store;
		this.transactions = transactions;
		AtomicInteger number = new AtomicInteger();
		this.smallFile = smallFile.toBytes();
		// the lanes bound how many run; the threads are only what runs them
		ExecutorService threads = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "sellout-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.lanes = new FairLanes(workers, smallFileWorkers, threads);
	}

	/** Queues the report; the future completes when it is processed (or found done by another worker). */
	public CompletableFuture<Void> submit(long reportId) {
		CompletableFuture<Void> queued = running.get(reportId);
		if (queued != null) {
			return queued;
		}
		ReportStore.Placement placement = placement(reportId);
		return running.computeIfAbsent(reportId, id -> {
			CompletableFuture<Void> done = new CompletableFuture<>();
			lanes.add(new FairLanes.Job(id, placement.distributorId(), placement.size() < smallFile, () -> {
				try {
					processor.process(id);
					running.remove(id);
					done.complete(null);
				}
				catch (RuntimeException | Error ex) {
					running.remove(id);
					done.completeExceptionally(ex);
				}
			}));
			return done;
		});
	}

	/** Whose the report is and how large, for its lane; unknown (the database failing) counts as large and alone. */
	private ReportStore.Placement placement(long reportId) {
		try {
			return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> store.placement(reportId))
				.orElse(new ReportStore.Placement(-reportId, Long.MAX_VALUE));
		}
		catch (RuntimeException ex) {
			log.warn("Sell-out report {} queued without its size: {}", reportId, ex.toString());
			return new ReportStore.Placement(-reportId, Long.MAX_VALUE);
		}
	}

	/**
	 * Reports still unfinished a while after they came — the database failed while one was read, or
	 * the node processing it died — are taken up again, on whichever node runs the job; one being
	 * processed anywhere is locked and passed over. The job runs every half interval for reports
	 * older than that, so one a dead node left is taken up within the interval (a minute by default).
	 */
	@Bean
	Task<Void> unfinishedReportsTask() {
		return Tasks.recurring("sellout-unfinished", JobSchedules.every(retryInterval.dividedBy(2)))
			.execute((instance, context) -> retryUnfinished());
	}

	void retryUnfinished() {
		var stale = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> store.unfinishedSince(retryInterval.dividedBy(2)));
		stale.stream().filter(id -> !running.containsKey(id)).forEach(id -> {
			log.info("Taking up unfinished sell-out report {} again", id);
			submit(id);
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		var unfinished = transactions.callAs(DataScope.ALL_DISTRIBUTORS, store::unfinished);
		if (!unfinished.isEmpty()) {
			log.info("Resuming {} unfinished sell-out reports", unfinished.size());
		}
		unfinished.forEach(id -> submit(id));
	}

}
