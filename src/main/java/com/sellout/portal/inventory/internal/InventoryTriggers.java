package com.sellout.portal.inventory.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.catalog.SellInChanged;
import com.sellout.portal.distributors.DistributorTransitChanged;
import com.sellout.portal.inventory.InventorySettingsChanged;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReportEvent;
import com.sellout.portal.sellout.SellOutReportHeldForMapping;
import com.sellout.portal.sellout.SellOutReportLinesChanged;
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
 * When the channel inventory is computed again: after the transaction that changed a
 * distributor's sell-in, stock or sell-out, its transit time, or the thresholds commits,
 * off the request's thread, through the event publication registry (an event whose
 * recomputation failed is delivered again; recomputing twice is harmless).
 */
@Component
class InventoryTriggers {

	private static final Logger log = LoggerFactory.getLogger(InventoryTriggers.class);

	private final Recomputation recomputation;

	InventoryTriggers(Recomputation recomputation) {
		this.recomputation = recomputation;
	}

	/**
	 * A document's month changed; with a transit time its stock changes in that month or
	 * a later one, so from the document's month on.
	 */
	@Async
	@TransactionalEventListener
	void on(SellInChanged event) {
		recomputation.recompute(event.distributorId(), event.period());
	}

	/**
	 * A report now counts or no longer does (accepted, superseded, withdrawn, restored,
	 * merged, its lines changed): from its month on — for sell-out, from the first month
	 * its lines are dated in if that is earlier; a report whose lines changed (and the
	 * one a merge added to) is summarised again. A report held for a person's mapping or
	 * rejected never counted.
	 */
	@Async
	@TransactionalEventListener
	void on(SellOutReportEvent event) {
		if (event instanceof SellOutReportHeldForMapping || event instanceof SellOutReportRejected) {
			return;
		}
		YearMonth from = event.period();
		if (from != null && event.kind() == ReportKind.SELLOUT) {
			YearMonth firstSale = recomputation.firstSaleMonth(event.reportId());
			from = firstSale != null && firstSale.isBefore(from) ? firstSale : from;
		}
		List<Long> changed = new ArrayList<>();
		if (event instanceof SellOutReportLinesChanged) {
			changed.add(event.reportId());
		}
		if (event instanceof SellOutReportMerged merged && merged.mergedInto() != null) {
			changed.add(merged.mergedInto());
		}
		recomputation.recompute(event.distributorId(), from, changed);
	}

	/** Every sell-in document of the distributor may now arrive in another month. */
	@Async
	@TransactionalEventListener
	void on(DistributorTransitChanged event) {
		recomputation.recompute(event.distributorId(), null);
	}

	/** Every band and staleness is decided again. */
	@Async
	@TransactionalEventListener
	void on(InventorySettingsChanged event) {
		recomputation.recomputeAll();
	}

	/**
	 * A database from before the channel inventory (figures, no rows) gets its rows once,
	 * in the background.
	 */
	@Async
	@EventListener(ApplicationReadyEvent.class)
	void fillIfMissing() {
		try {
			if (recomputation.missing()) {
				log.info("Channel inventory empty while figures exist: computing every distributor's");
				recomputation.recomputeAll();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Channel inventory not filled at start: {}", ex.toString());
		}
	}

}
