package com.sellout.portal.sellout.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.sellout.SellOutSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The durable report queue: the waiting reports are the queue ({@code sellout_reports} in
 * {@code RECEIVED}, or left {@code PROCESSING} by a node that died), and a few worker
 * threads on every node claim the next one from PostgreSQL ({@link ReportStore#claim}),
 * so that no report is lost with a node — another takes it up once its claim is older
 * than half the retry interval. Fair across the cluster: one running report per
 * distributor (a transaction-scoped advisory lock per distributor, held while its report
 * is processed, which a dead node's connection drops), and workers kept for files under
 * {@code small-file-size}, so that a two-line file is not stuck behind large ones. A
 * report received here is claimed here at once (the intake wakes the workers); whoever
 * waits for it learns its completion from the worker that processed it, or, processed
 * elsewhere, from a cheap check of its status.
 */
@Component
public class ReportQueue {

	private static final Logger log = LoggerFactory.getLogger(ReportQueue.class);

	/**
	 * How often the status of reports waited for here but processed elsewhere is checked.
	 */
	private static final Duration STATUS_CHECK = Duration.ofMillis(100);

	private final ReportProcessor processor;

	private final ReportStore store;

	private final ScopedTransactions transactions;

	private final int general;

	private final int smallOnly;

	private final long smallFile;

	private final Duration stale;

	private final Duration poll;

	/**
	 * Reports received (or sent back) on this node: its workers take them first, without
	 * waiting for them to age.
	 */
	private final Set<Long> preferred = ConcurrentHashMap.newKeySet();

	private final Map<Long, CompletableFuture<Void>> waiters = new ConcurrentHashMap<>();

	/**
	 * The distributors whose report a worker of this node holds (the claim of one must
	 * not race another's).
	 */
	private final Set<Long> busy = ConcurrentHashMap.newKeySet();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition work = lock.newCondition();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	ReportQueue(ReportProcessor processor, ReportStore store, ScopedTransactions transactions,
			SellOutSettings settings) {
		this.processor = processor;
		this.store = store;
		this.transactions = transactions;
		this.general = Math.max(1, settings.workers());
		this.smallOnly = Math.max(0, settings.smallFileWorkers());
		this.smallFile = settings.smallFileSize().toBytes();
		this.stale = settings.retryInterval().dividedBy(2);
		// a report a dead node left is taken up within the retry interval
		Duration poll = settings.pollInterval();
		this.poll = poll.compareTo(stale) < 0 ? poll : stale;
	}

	/**
	 * Asks this node's workers to take the report up now (it is committed, waiting); the
	 * future completes when it has been processed — here, or on another node.
	 */
	public CompletableFuture<Void> submit(long reportId) {
		CompletableFuture<Void> done = waiters.computeIfAbsent(reportId, id -> new CompletableFuture<>());
		preferred.add(reportId);
		wake();
		return done;
	}

	/**
	 * The workers start once the application is ready: the reports left waiting are taken
	 * up as they age.
	 */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		for (int i = 0; i < general + smallOnly; i++) {
			boolean small = i >= general;
			Thread thread = new Thread(() -> work(small), "sellout-" + (i + 1));
			thread.setDaemon(true);
			threads.add(thread);
		}
		Thread checker = new Thread(this::checkElsewhere, "sellout-status");
		checker.setDaemon(true);
		threads.add(checker);
		threads.forEach(Thread::start);
	}

	@EventListener(ContextClosedEvent.class)
	synchronized void stop() {
		running = false;
		threads.forEach(Thread::interrupt);
		threads.clear();
	}

	private void wake() {
		lock.lock();
		try {
			work.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	private void work(boolean smallOnly) {
		while (running) {
			try {
				ReportStore.Claimed claimed = claim(smallOnly);
				if (claimed == null) {
					idle();
					continue;
				}
				try {
					process(claimed.id());
				}
				finally {
					busy.remove(claimed.distributorId());
					preferred.remove(claimed.id());
					wake(); // the distributor's next report may go now
				}
			}
			catch (InterruptedException stopped) {
				return;
			}
			catch (RuntimeException ex) {
				// the database is failing us: wait and claim again
				log.warn("Claiming a sell-out report failed: {}", ex.toString());
				try {
					idle();
				}
				catch (InterruptedException stopped) {
					return;
				}
			}
		}
	}

	/**
	 * Waits for a report received here, or the poll interval for the reports of other
	 * nodes.
	 */
	private void idle() throws InterruptedException {
		lock.lock();
		try {
			work.await(poll.toMillis(), TimeUnit.MILLISECONDS);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * One claim at a time on this node, so that two of its workers never take one
	 * distributor's reports.
	 */
	private ReportStore.Claimed claim(boolean smallOnly) {
		synchronized (busy) {
			ReportStore.Claimed claimed = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> store.claim(preferred, busy, smallOnly ? smallFile : Long.MAX_VALUE, stale).orElse(null));
			if (claimed != null) {
				busy.add(claimed.distributorId());
			}
			return claimed;
		}
	}

	private void process(long reportId) {
		try {
			if (processor.process(reportId)) {
				complete(reportId, null);
			}
		}
		catch (RuntimeException | Error ex) {
			// the JVM itself is broken (the processor rethrows only that): the worker
			// lives on for the next
			log.error("Sell-out report {} failed beyond recording", reportId, ex);
			complete(reportId, ex);
		}
	}

	private void complete(long reportId, Throwable failure) {
		CompletableFuture<Void> done = waiters.remove(reportId);
		if (done != null && failure == null) {
			done.complete(null);
		}
		else if (done != null) {
			done.completeExceptionally(failure);
		}
	}

	/**
	 * Completes the waits for reports that another node (or a worker here, by its status)
	 * has finished, and forgets them as reports to take first.
	 */
	private void checkElsewhere() {
		while (running) {
			try {
				Thread.sleep(STATUS_CHECK.toMillis());
				if (waiters.isEmpty() && preferred.isEmpty()) {
					continue;
				}
				Set<Long> watched = new HashSet<>(waiters.keySet());
				watched.addAll(preferred);
				transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> store.finishedAmong(List.copyOf(watched)))
					.forEach(id -> {
						preferred.remove(id);
						complete(id, null);
					});
			}
			catch (InterruptedException stopped) {
				return;
			}
			catch (RuntimeException ex) {
				log.debug("Checking the status of awaited sell-out reports failed: {}", ex.toString());
			}
		}
	}

}
