package com.sellout.portal.sellout.internal;

import java.time.YearMonth;

import com.sellout.portal.clients.ClientDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settles a report whose lines are read and staged, in the same processing transaction:
 * an incremental delivery merges into the reports of its months; any other report gets
 * its period ({@link ReportPeriod}), its lines stored, and supersedes or is superseded
 * ({@link Supersession}). The clients its lines name for the first time join the
 * registry, and a table's layout is kept as the distributor's template for the next file
 * with that header.
 */
@Component
class ReportSettling {

	/** The processing's log line, under the logger it has always had. */
	private static final Logger log = LoggerFactory.getLogger(ReportProcessor.class);

	private final Supersession supersession;

	private final ClientDirectory clients;

	private final ReportStore store;

	private final JdbcClient jdbc;

	ReportSettling(Supersession supersession, ClientDirectory clients, ReportStore store, JdbcClient jdbc) {
		this.supersession = supersession;
		this.clients = clients;
		this.store = store;
		this.jdbc = jdbc;
	}

	/**
	 * @throws NeedsPerson when no period is told and a person can choose it
	 * @throws RejectedForChannel when no period is told and the channel has no person
	 */
	void settle(ReportStore.Pending report, ReportReading.Read read) {
		SourceInfo info = read.info();
		Tally tally = read.tally();
		if (report.incremental()) {
			clients.foundInSellOut(report.distributorId(), tally.newClients.values());
			read.staged().store(jdbc, null);
			supersession.merge(report, info, tally);
			return;
		}
		YearMonth period = ReportPeriod.of(report.requestedPeriod(), info.period(), info.layout(), tally.firstDate,
				tally.lastDate);
		if (period == null) {
			if (report.source().hasPerson()) {
				throw new NeedsPerson(info.format(), info.layout(), "sellout.needsMapping.period");
			}
			throw new RejectedForChannel(info.format(), "sellout.rejected.noPeriod");
		}
		long settling = System.nanoTime();
		int outOfPeriod = read.staged().store(jdbc, period);
		clients.foundInSellOut(report.distributorId(), tally.newClients.values());
		supersession.settle(report, period, info, tally, outOfPeriod);
		log.info("Sell-out report {}: {} lines read, checked and copied in {} ms, settled in {} ms ({})", report.id(),
				tally.lines, (settling - read.startedNanos()) / 1_000_000, (System.nanoTime() - settling) / 1_000_000,
				read.direct() ? "direct" : "staged");
		keepTemplate(report, info);
	}

	/**
	 * A table's layout not taken from a template becomes one; the report remembers the
	 * template it was read with.
	 */
	void keepTemplate(ReportStore.Pending report, SourceInfo info) {
		if (info.signature() != null && !info.fromTemplate()) {
			store.saveTemplate(report.distributorId(), info.signature(), info.layout(), report.layoutConfirmed(),
					report.receivedBy() == null ? "system" : report.receivedBy(), report.id());
		}
		if (info.signature() != null) {
			store.linkTemplate(report.id(), report.distributorId(), info.signature());
		}
	}

}
