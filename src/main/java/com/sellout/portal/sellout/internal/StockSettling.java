package com.sellout.portal.sellout.internal;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Settles a stock report whose lines are read and written, in the same processing
 * transaction: its as-of date ({@link ReportAsOf}; its period is that date's month),
 * which report of its distributor and as-of date is active ({@link StockSupersession}),
 * and a table's layout kept as the distributor's stock template. Never merged: an
 * incremental account's stock report is a whole snapshot of its stock like any other.
 */
@Component
class StockSettling {

	private static final Logger log = LoggerFactory.getLogger(ReportProcessor.class);

	private final StockSupersession supersession;

	private final ReportSettling settling;

	StockSettling(StockSupersession supersession, ReportSettling settling) {
		this.supersession = supersession;
		this.settling = settling;
	}

	/**
	 * @throws NeedsPerson when nothing tells the as-of date and a person can choose it
	 * @throws RejectedForChannel the same on a channel without a person
	 */
	void settle(ReportStore.Pending report, StockReading.Read read) {
		SourceInfo info = read.info();
		LocalDate asOf = ReportAsOf.of(report.requestedAsOf(), info.asOf(), report.requestedPeriod(), info.period());
		if (asOf == null) {
			if (report.source().hasPerson()) {
				throw new NeedsPerson(info.format(), info.layout(), "sellout.needsMapping.asOf");
			}
			throw new RejectedForChannel(info.format(), "sellout.rejected.asOf");
		}
		supersession.settle(report, asOf, info, read.tally());
		log.info("Stock report {}: {} lines on {}, {} accepted", report.id(), read.tally().lines, asOf,
				read.tally().accepted);
		settling.keepTemplate(report, info);
	}

}
