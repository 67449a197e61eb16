package com.sellout.portal.forecasting.internal;

import com.sellout.portal.analytics.SalesRollupsRefreshed;
import com.sellout.portal.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When forecasts are refitted: after the rollups hold a report as it now stands
 * ({@link SalesRollupsRefreshed}, through the event publication registry, off the
 * upload's thread) its distributor is marked for a refit — never fitted here, so an
 * upload never waits for it. A database with sales and no forecasts is filled at start.
 */
@Component
class ForecastTriggers {

	private static final Logger log = LoggerFactory.getLogger(ForecastTriggers.class);

	private final RefitQueue queue;

	private final Jobs jobs;

	ForecastTriggers(RefitQueue queue, Jobs jobs) {
		this.queue = queue;
		this.jobs = jobs;
	}

	@Async
	@TransactionalEventListener
	void on(SalesRollupsRefreshed event) {
		if (queue.request(event.distributorId())) {
			jobs.runSoon(RefitJob.JOB);
		}
	}

	@Async
	@EventListener(ApplicationReadyEvent.class)
	void fillIfMissing() {
		try {
			if (queue.missing()) {
				log.info("Sales without forecasts: every distributor's forecasts are fitted");
				queue.requestAll();
				jobs.runSoon(RefitJob.JOB);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Forecasts not filled at start: {}", ex.toString());
		}
	}

}
