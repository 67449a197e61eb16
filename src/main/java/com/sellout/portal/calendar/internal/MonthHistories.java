package com.sellout.portal.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what happened to the reports of a range of months, in the caller's scope, through
 * sell-out's read views ({@code sellout_report_activity}: when each report counted;
 * {@code sellout_report_states}: where each stands) and the calendar's own corrections.
 */
@Component
class MonthHistories {

	private final JdbcClient jdbc;

	MonthHistories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A distributor's month of one kind. */
	record Key(long distributorId, ReportKind kind, YearMonth period) {
	}

	/** The months' histories. */
	record Read(Map<Key, StateRule.History> histories) {

		StateRule.History of(long distributorId, ReportKind kind, YearMonth period) {
			return histories.getOrDefault(new Key(distributorId, kind, period), StateRule.History.NONE);
		}

	}

	private static final class Building {

		final List<StateRule.Activation> activations = new ArrayList<>();

		final List<StateRule.Report> reports = new ArrayList<>();

		final List<Instant> corrections = new ArrayList<>();

	}

	Read read(YearMonth from, YearMonth to, @Nullable Long distributorId) {
		Map<Key, Building> building = new HashMap<>();
		LocalDate start = from.atDay(1);
		LocalDate end = to.atDay(1);
		jdbc.sql("""
				select report_id, distributor_id, kind, period, started_at, ended_at from sellout_report_activity
				 where period between ? and ? and (cast(? as bigint) is null or distributor_id = ?)""")
			.params(start, end, distributorId, distributorId)
			.query(rs -> {
				Timestamp ended = rs.getTimestamp("ended_at");
				building
					.computeIfAbsent(key(rs.getLong("distributor_id"), rs.getString("kind"),
							rs.getObject("period", LocalDate.class)), k -> new Building()).activations
					.add(new StateRule.Activation(rs.getLong("report_id"), rs.getTimestamp("started_at").toInstant(),
							ended == null ? null : ended.toInstant()));
			});
		jdbc.sql("""
				select id, distributor_id, kind, coalesce(period, requested_period) as month, status, received_at,
				       processed_at, no_sales
				  from sellout_report_states
				 where coalesce(period, requested_period) between ? and ?
				   and (cast(? as bigint) is null or distributor_id = ?)""")
			.params(start, end, distributorId, distributorId)
			.query(rs -> {
				Timestamp processed = rs.getTimestamp("processed_at");
				building
					.computeIfAbsent(key(rs.getLong("distributor_id"), rs.getString("kind"),
							rs.getObject("month", LocalDate.class)), k -> new Building()).reports
					.add(new StateRule.Report(rs.getLong("id"), ReportStatus.valueOf(rs.getString("status")),
							rs.getTimestamp("received_at").toInstant(),
							processed == null ? null : processed.toInstant(), rs.getBoolean("no_sales")));
			});
		jdbc.sql("""
				select distributor_id, kind, period, requested_at from calendar_corrections
				 where period between ? and ? and (cast(? as bigint) is null or distributor_id = ?)""")
			.params(start, end, distributorId, distributorId)
			.query(rs -> {
				building
					.computeIfAbsent(key(rs.getLong("distributor_id"), rs.getString("kind"),
							rs.getObject("period", LocalDate.class)), k -> new Building()).corrections
					.add(rs.getTimestamp("requested_at").toInstant());
			});
		Map<Key, StateRule.History> histories = new HashMap<>();
		building.forEach((key, b) -> histories.put(key,
				new StateRule.History(List.copyOf(b.activations), List.copyOf(b.reports), List.copyOf(b.corrections))));
		return new Read(histories);
	}

	/** Each distributor's first month a report (not rejected) was sent for. */
	Map<Long, YearMonth> firstReports(@Nullable Long distributorId) {
		Map<Long, YearMonth> first = new HashMap<>();
		jdbc.sql("""
				select distributor_id, min(coalesce(period, requested_period)) from sellout_report_states
				 where coalesce(period, requested_period) is not null and status <> ?
				   and (cast(? as bigint) is null or distributor_id = ?)
				 group by distributor_id""")
			.params(ReportStatus.REJECTED.name(), distributorId, distributorId)
			.query(rs -> {
				first.put(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)));
			});
		return first;
	}

	private static Key key(long distributorId, String kind, LocalDate period) {
		return new Key(distributorId, ReportKind.valueOf(kind), YearMonth.from(period));
	}

}
