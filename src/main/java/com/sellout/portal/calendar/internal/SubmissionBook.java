package com.sellout.portal.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.NoSalesDeclarations;
import com.sellout.portal.sellout.ReportKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expected submissions, computed when asked: the scope's active distributors, each
 * month from its contract start (or its first report's month, when earlier) to its
 * current month in its own zone, the {@link Schedule} of its frequency and terms, and
 * each one's state by the {@link StateRule} from its month's history.
 */
@Service
class SubmissionBook implements Submissions {

	private static final Comparator<Submission> ORDER = Comparator.comparing(Submission::period)
		.thenComparing(Submission::distributorCode)
		.thenComparing(Submission::kind)
		.thenComparingInt(Submission::week);

	private final Distributors distributors;

	private final ReportingTerms terms;

	private final CalendarDays calendar;

	private final MonthHistories histories;

	private final NoSalesDeclarations noSales;

	private final Corrections corrections;

	private final Clock clock;

	SubmissionBook(Distributors distributors, ReportingTerms terms, CalendarDays calendar, MonthHistories histories,
			NoSalesDeclarations noSales, Corrections corrections, Clock clock) {
		this.distributors = distributors;
		this.terms = terms;
		this.calendar = calendar;
		this.histories = histories;
		this.noSales = noSales;
		this.corrections = corrections;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Submission> find(SubmissionFilter filter) {
		return find(filter, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Submission> find(SubmissionFilter filter, Instant now) {
		List<Distributor> owing = distributors.all()
			.stream()
			.filter(Distributor::active)
			.filter(d -> filter.distributorId() == null || d.id() == filter.distributorId())
			.toList();
		if (owing.isEmpty()) {
			return List.of();
		}
		ReportingRule defaults = terms.defaults();
		Map<Long, ReportingRule> overrides = terms.overrides();
		ProductionCalendar days = calendar.snapshot();
		// the widest range any distributor's months may take; each is clipped below
		YearMonth latest = YearMonth.from(now.atZone(ZoneId.of("Pacific/Kiritimati")));
		YearMonth to = filter.to() == null || filter.to().isAfter(latest) ? latest : filter.to();
		YearMonth earliest = owing.stream()
			.map(d -> d.contractStart() == null ? to : YearMonth.from(d.contractStart()))
			.min(Comparator.naturalOrder())
			.orElse(to);
		Map<Long, YearMonth> firstReports = histories.firstReports(filter.distributorId());
		YearMonth from = filter.from() != null ? filter.from()
				: firstReports.values()
					.stream()
					.filter(m -> m.isBefore(earliest))
					.min(Comparator.naturalOrder())
					.orElse(earliest);
		if (from.isAfter(to)) {
			return List.of();
		}
		MonthHistories.Read read = histories.read(from, to, filter.distributorId());
		List<Submission> found = new ArrayList<>();
		for (Distributor distributor : owing) {
			ReportingRule rule = overrides.getOrDefault(distributor.id(), defaults);
			YearMonth current = YearMonth.from(now.atZone(rule.zone()));
			YearMonth first = firstMonth(distributor, firstReports.get(distributor.id()), current);
			YearMonth month = first.isBefore(from) ? from : first;
			YearMonth last = current.isBefore(to) ? current : to;
			for (; !month.isAfter(last); month = month.plusMonths(1)) {
				for (ReportKind kind : rule.expectsStock() ? List.of(ReportKind.SELLOUT, ReportKind.STOCK)
						: List.of(ReportKind.SELLOUT)) {
					if (filter.kind() != null && filter.kind() != kind) {
						continue;
					}
					StateRule.History history = read.of(distributor.id(), kind, month);
					for (Schedule.Slot slot : Schedule.of(month, kind, distributor.reportingFrequency(), rule, days)) {
						Submission submission = submission(distributor, slot, history, now);
						if (filter.states() == null || filter.states().contains(submission.state())) {
							found.add(submission);
						}
					}
				}
			}
		}
		found.sort(ORDER);
		return found;
	}

	private static YearMonth firstMonth(Distributor distributor, @Nullable YearMonth firstReport, YearMonth current) {
		YearMonth contract = distributor.contractStart() == null ? current
				: YearMonth.from(distributor.contractStart());
		return firstReport != null && firstReport.isBefore(contract) ? firstReport : contract;
	}

	private static Submission submission(Distributor distributor, Schedule.Slot slot, StateRule.History history,
			Instant now) {
		StateRule.Due due = new StateRule.Due(slot.dueAt().toInstant(), slot.graceEndsAt().toInstant(),
				slot.weekStart() == null ? null : slot.weekStartsAt().toInstant());
		StateRule.Outcome outcome = StateRule.decide(due, history, now);
		return new Submission(distributor.id(), distributor.code(), distributor.name(), slot.kind(), slot.period(),
				slot.week(), slot.dueDate(), slot.dueAt(), slot.graceEndsAt(), outcome.state(),
				local(outcome.receivedAt(), slot.zone()), local(outcome.acceptedAt(), slot.zone()), outcome.reportId(),
				outcome.reportStatus(), outcome.noSales());
	}

	private static @Nullable OffsetDateTime local(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

	@Override
	public long declareNoSales(long distributorId, YearMonth period, ReportKind kind, boolean replaceLines) {
		boolean system = CurrentUser.get().map(u -> u.role() == Role.INTEGRATION).orElse(false);
		return noSales.declare(distributorId, period, kind, replaceLines, system ? Channel.API : Channel.PORTAL);
	}

	@Override
	public void requestCorrection(long reportId) {
		corrections.request(reportId);
	}

}
