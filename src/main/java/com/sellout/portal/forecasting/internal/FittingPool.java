package com.sellout.portal.forecasting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import com.sellout.portal.forecasting.ForecastMethod;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Fits many series at once on a bounded pool of the machine's cores (or
 * {@code portal.forecasting.threads}): a full refit, a group's forecast on demand. A
 * series whose fit fails is left out and logged; the others go on.
 */
@Component
class FittingPool {

	private static final Logger log = LoggerFactory.getLogger(FittingPool.class);

	private final ExecutorService pool;

	private final int size;

	FittingPool(ForecastingSettings settings) {
		this.size = settings.poolSize();
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(size, runnable -> {
			Thread thread = new Thread(runnable, "forecast-fit-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	int size() {
		return size;
	}

	/**
	 * Fits each series {@code horizon(series)} months ahead by the backtest's choice or
	 * the method given; the fits in the series' order, the failed ones left out.
	 */
	List<Fitted> fit(List<Series> series, ToIntFunction<Series> horizon, @Nullable ForecastMethod method) {
		if (series.size() == 1) {
			return List.of(Fitted.of(series.get(0), horizon.applyAsInt(series.get(0)), method));
		}
		List<Future<Fitted>> futures = new ArrayList<>(series.size());
		for (Series one : series) {
			futures.add(pool.submit(() -> Fitted.of(one, horizon.applyAsInt(one), method)));
		}
		List<Fitted> fitted = new ArrayList<>(series.size());
		for (int i = 0; i < futures.size(); i++) {
			try {
				fitted.add(futures.get(i).get());
			}
			catch (ExecutionException ex) {
				Series failed = series.get(i);
				log.warn("Forecast of distributor {} product {} failed: {}", failed.distributorId(), failed.sku(),
						ex.getCause().toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				futures.forEach(f -> f.cancel(true));
				throw new IllegalStateException("Interrupted while fitting forecasts", ex);
			}
		}
		return fitted;
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

}
