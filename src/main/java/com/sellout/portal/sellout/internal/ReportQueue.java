package com.sellout.portal.sellout.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs report processing on a few worker threads, so that a large file never holds up the
 * request that brought it, and picks up on start every report a stop left unfinished. A report is
 * processed by one worker at a time (its row is locked), even across several application nodes.
 */
@Component
public class ReportQueue {

	private static final Logger log = LoggerFactory.getLogger(ReportQueue.class);

	private final ReportProcessor processor;

	private final ReportStore store;

	private final ScopedTransactions transactions;

	private final ExecutorService workers;

	private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

	private final Duration retryInterval;

	ReportQueue(ReportProcessor processor, ReportStore store, ScopedTransactions transactions,
			@Value("${portal.sellout.workers:2}") int workers,
			@Value("${portal.sellout.retry-interval:1m}") Duration retryInterval) {
		this.processor = processor;
		this.retryInterval = retryInterval;
		this.store = store;
		this.transactions = transactions;
		AtomicInteger number = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
			Thread thread = new Thread(task, "sellout-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Queues the report; the future completes when it is processed (or found done by another worker). */
	public CompletableFuture<Void> submit(long reportId, byte[] content) {
		return running.computeIfAbsent(reportId, id -> CompletableFuture.runAsync(() -> {
			try {
				processor.process(id, content);
			}
			finally {
				running.remove(id);
			}
		}, workers));
	}

	/**
	 * Reports still unfinished a while after they came — the database failed while one was read, or
	 * the node processing it died — are taken up again, on whichever node runs the job; one being
	 * processed anywhere is locked and passed over.
	 */
	@Bean
	Task<Void> unfinishedReportsTask() {
		return Tasks.recurring("sellout-unfinished", JobSchedules.every(retryInterval))
			.execute((instance, context) -> retryUnfinished());
	}

	void retryUnfinished() {
		var stale = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> store.unfinishedSince(retryInterval));
		stale.stream().filter(id -> !running.containsKey(id)).forEach(id -> {
			log.info("Taking up unfinished sell-out report {} again", id);
			submit(id, null);
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		var unfinished = transactions.callAs(DataScope.ALL_DISTRIBUTORS, store::unfinished);
		if (!unfinished.isEmpty()) {
			log.info("Resuming {} unfinished sell-out reports", unfinished.size());
		}
		unfinished.forEach(id -> submit(id, null));
	}

}
