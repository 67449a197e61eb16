package com.sellout.portal.analytics.internal;

import java.util.List;

import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReportEvent;
import com.sellout.portal.sellout.SellOutReportHeldForMapping;
import com.sellout.portal.sellout.SellOutReportMerged;
import com.sellout.portal.sellout.SellOutReportRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the rollups change: after the transaction that changed a sell-out report commits
 * (accepted, superseded, withdrawn, restored, merged, its lines changed), off the
 * request's thread, through the event publication registry — an event whose refresh
 * failed is delivered again, and a refresh delivered twice finds nothing to do
 * ({@link RollupRefresh}). Never a nightly rebuild: the rollups follow the events alone,
 * but for the one fill of a database from before analytics.
 */
@Component
class RollupTriggers {

	private static final Logger log = LoggerFactory.getLogger(RollupTriggers.class);

	private final RollupRefresh refresh;

	RollupTriggers(RollupRefresh refresh) {
		this.refresh = refresh;
	}

	/**
	 * The report's figures, and — for an incremental delivery merged into the month's
	 * report — that report's, as they stand now. Stock reports sell nothing; a report
	 * held for a person's mapping or rejected never counted.
	 */
	@Async
	@TransactionalEventListener
	void on(SellOutReportEvent event) {
		if (event.kind() == ReportKind.STOCK || event instanceof SellOutReportHeldForMapping
				|| event instanceof SellOutReportRejected) {
			return;
		}
		refresh.refresh(event.reportId());
		if (event instanceof SellOutReportMerged merged && merged.mergedInto() != null) {
			refresh.refresh(merged.mergedInto());
		}
	}

	/**
	 * A database with sell-out but no rollups (from before analytics) gets them once, in
	 * the background, report by report.
	 */
	@Async
	@EventListener(ApplicationReadyEvent.class)
	void fillIfMissing() {
		try {
			List<Long> reports = refresh.missingReports();
			if (reports.isEmpty()) {
				return;
			}
			long started = System.nanoTime();
			log.info("Sales rollups empty while {} sell-out reports count: filling them", reports.size());
			reports.forEach(refresh::refresh);
			log.info("Sales rollups filled from {} reports in {} s", reports.size(),
					(System.nanoTime() - started) / 1_000_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Sales rollups not filled at start: {}", ex.toString());
		}
	}

}
