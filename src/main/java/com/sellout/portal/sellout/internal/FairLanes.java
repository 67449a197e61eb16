package com.sellout.portal.sellout.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Which waiting report runs next, so that no sender starves the others: at most one report of a
 * distributor runs at a time (its next one waits, the other distributors' go first), and a few
 * workers are kept for small files, so that a two-line file is not stuck behind two large ones.
 * A small file takes a small-file worker when one is free, else a general one; a large file only
 * a general one. Otherwise first come, first served.
 */
final class FairLanes {

	/** A report to process: whose it is and whether it is small enough for the small-file lane. */
	record Job(long reportId, long distributorId, boolean small, Runnable work) {
	}

	private final int general;

	private final int smallOnly;

	private final Executor threads;

	private final Deque<Job> waiting = new ArrayDeque<>();

	private final Set<Long> busyDistributors = new HashSet<>();

	private int generalBusy;

	private int smallBusy;

	FairLanes(int general, int smallOnly, Executor threads) {
		this.general = Math.max(1, general);
		this.smallOnly = Math.max(0, smallOnly);
		this.threads = threads;
	}

	synchronized void add(Job job) {
		waiting.add(job);
		dispatch();
	}

	private void dispatch() {
		Iterator<Job> next = waiting.iterator();
		while (next.hasNext() && (generalBusy < general || smallBusy < smallOnly)) {
			Job job = next.next();
			if (busyDistributors.contains(job.distributorId())) {
				continue;
			}
			boolean smallLane = job.small() && smallBusy < smallOnly;
			if (!smallLane && generalBusy >= general) {
				continue;
			}
			next.remove();
			busyDistributors.add(job.distributorId());
			if (smallLane) {
				smallBusy++;
			}
			else {
				generalBusy++;
			}
			threads.execute(() -> {
				try {
					job.work().run();
				}
				finally {
					finished(job, smallLane);
				}
			});
		}
	}

	private synchronized void finished(Job job, boolean smallLane) {
		busyDistributors.remove(job.distributorId());
		if (smallLane) {
			smallBusy--;
		}
		else {
			generalBusy--;
		}
		dispatch();
	}

}
