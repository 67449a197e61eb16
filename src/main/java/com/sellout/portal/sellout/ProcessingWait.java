package com.sellout.portal.sellout;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A caller's wait for a report's processing, up to the time its channel gives it: when
 * the time is up the caller answers with the report as it stands (still processing), so
 * it is no failure.
 */
final class ProcessingWait {

	private ProcessingWait() {
	}

	static void await(CompletableFuture<Void> done, Duration wait) {
		try {
			done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException stillRunning) {
			// the caller answers with the report as it stands: still processing
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Processing failed", ex.getCause());
		}
	}

}
