package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutReportAccepted;
import com.sellout.portal.sellout.SellOutReportHeldForMapping;
import com.sellout.portal.sellout.SellOutReportLinesChanged;
import com.sellout.portal.sellout.SellOutReportMerged;
import com.sellout.portal.sellout.SellOutReportRejected;
import com.sellout.portal.sellout.SellOutReportRestored;
import com.sellout.portal.sellout.SellOutReportSuperseded;
import com.sellout.portal.sellout.SellOutReportWithdrawn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes what happened to a report, in the transaction that made it happen (so the
 * event is stored with the change, or not at all), with the report as that transaction
 * now sees it: its distributor, month and revision.
 */
@Component
class ReportEvents {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReportEvents(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	private record Row(long distributorId, YearMonth period, long revision, ReportStatus status, Long supersededBy,
			ReportKind kind) {
	}

	/** The outcome of processing, as the report's status now says. */
	void processed(long reportId) {
		Row row = row(reportId);
		switch (row.status()) {
			case ACCEPTED, ACCEPTED_WITH_EXCEPTIONS -> events.publishEvent(
					new SellOutReportAccepted(reportId, row.distributorId(), row.period(), row.revision(), row.kind()));
			case SUPERSEDED -> superseded(reportId);
			case REJECTED -> events.publishEvent(
					new SellOutReportRejected(reportId, row.distributorId(), row.period(), row.revision(), row.kind()));
			case NEEDS_MAPPING -> events.publishEvent(new SellOutReportHeldForMapping(reportId, row.distributorId(),
					row.period(), row.revision(), row.kind()));
			case MERGED -> events.publishEvent(new SellOutReportMerged(reportId, row.distributorId(), row.period(),
					row.revision(), row.kind(), row.supersededBy()));
			default ->
				throw new IllegalStateException("Report " + reportId + " is " + row.status() + ": not processed");
		}
	}

	void superseded(long reportId) {
		Row row = row(reportId);
		events.publishEvent(
				new SellOutReportSuperseded(reportId, row.distributorId(), row.period(), row.revision(), row.kind()));
	}

	void withdrawn(long reportId) {
		Row row = row(reportId);
		events.publishEvent(
				new SellOutReportWithdrawn(reportId, row.distributorId(), row.period(), row.revision(), row.kind()));
	}

	void restored(long reportId) {
		Row row = row(reportId);
		events.publishEvent(
				new SellOutReportRestored(reportId, row.distributorId(), row.period(), row.revision(), row.kind()));
	}

	void linesChanged(long reportId) {
		Row row = row(reportId);
		events.publishEvent(
				new SellOutReportLinesChanged(reportId, row.distributorId(), row.period(), row.revision(), row.kind()));
	}

	private Row row(long reportId) {
		return jdbc.sql(
				"select distributor_id, period, revision, status, superseded_by, kind from sellout_reports where id = ?")
			.param(reportId)
			.query((rs, i) -> {
				LocalDate period = rs.getObject(2, LocalDate.class);
				return new Row(rs.getLong(1), period == null ? null : YearMonth.from(period), rs.getLong(3),
						ReportStatus.valueOf(rs.getString(4)), rs.getObject(5, Long.class),
						ReportKind.valueOf(rs.getString(6)));
			})
			.single();
	}

}
