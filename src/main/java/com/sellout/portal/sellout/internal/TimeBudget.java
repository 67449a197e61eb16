package com.sellout.portal.sellout.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * How long one report may be processed ({@code portal.sellout.time-budget}). Checked at
 * every line and at every read of the file, so that a file that makes a reader crawl (or
 * never yields a line) is refused rather than holding a worker: a verdict on the file,
 * final, not retried.
 */
final class TimeBudget {

	private final Duration budget;

	private final long deadline;

	TimeBudget(Duration budget) {
		this.budget = budget;
		this.deadline = System.nanoTime() + budget.toNanos();
	}

	void check() {
		if (System.nanoTime() - deadline > 0) {
			throw new RefusedFileException("sellout.rejected.timeBudget", "Processing took longer than " + budget,
					Math.max(1, budget.toSeconds()));
		}
	}

	/** The stream, checking the budget at every read. */
	InputStream watch(InputStream in) {
		return new FilterInputStream(in) {

			@Override
			public int read() throws IOException {
				check();
				return super.read();
			}

			@Override
			public int read(byte[] bytes, int offset, int length) throws IOException {
				check();
				return super.read(bytes, offset, length);
			}

		};
	}

}
