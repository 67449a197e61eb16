package com.sellout.portal.calendar.board;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.sellout.portal.calendar.ReportingRules;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.calendar.WorkingDays;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.sellout.ReportKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The period board in the reader's scope: the manufacturer sees every distributor, with
 * filters and coverage; a distributor's user its own row only — the submissions come
 * scoped from {@link Submissions}, the distributors from {@link Distributors}, and
 * coverage (others' sell-in) is computed for the manufacturer alone.
 */
@Service
public class PeriodBoard {

	/** How many months the board can show. */
	public static final List<Integer> SPANS = List.of(6, 12);

	private final Submissions submissions;

	private final Distributors distributors;

	private final WorkingDays workingDays;

	private final ReportingRules rules;

	private final JdbcClient jdbc;

	private final Clock clock;

	PeriodBoard(Submissions submissions, Distributors distributors, WorkingDays workingDays, ReportingRules rules,
			JdbcClient jdbc, Clock clock) {
		this.submissions = submissions;
		this.distributors = distributors;
		this.workingDays = workingDays;
		this.rules = rules;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What the board shows; any filter may be null.
	 *
	 * @param months 6 or 12 (anything else is 6)
	 * @param region a subject's code: distributors working there
	 * @param responsible a user id: distributors that user answers for; 0: those nobody
	 * answers for
	 * @param until the last month shown (no later than the current one); null: the
	 * current month
	 * @param distributor a distributor's code: that one only
	 */
	public record Query(ReportKind kind, int months, @Nullable String region, @Nullable Long responsible,
			@Nullable SubmissionState state, @Nullable YearMonth until, @Nullable String distributor) {

		public Query {
			kind = kind == null ? ReportKind.SELLOUT : kind;
			months = SPANS.contains(months) ? months : SPANS.get(0);
		}

		public static Query of(ReportKind kind) {
			return new Query(kind, 6, null, null, null, null, null);
		}

	}

	@Transactional(readOnly = true)
	public Board board(Query query) {
		return board(query, clock.instant());
	}

	@Transactional(readOnly = true)
	public Board board(Query query, Instant now) {
		boolean manufacturer = DataScopes.current().allDistributors();
		YearMonth today = YearMonth.from(now.atZone(rules.defaults().zone()));
		YearMonth current = query.until() == null || query.until().isAfter(today) ? today : query.until();
		List<YearMonth> periods = IntStream.range(0, query.months())
			.mapToObj(back -> current.minusMonths(query.months() - 1 - back))
			.toList();
		List<Distributor> shown = distributors.all().stream().filter(d -> !manufacturer || matches(d, query)).toList();
		List<Submission> owed = submissions
			.find(new SubmissionFilter(periods.get(0), current, null, query.kind(), null), now)
			.stream()
			.filter(s -> shown.stream().anyMatch(d -> d.id() == s.distributorId()))
			.toList();
		Map<Long, Map<YearMonth, BigDecimal>> sellIn = manufacturer ? sellIn(periods) : Map.of();
		return BoardLayout.layout(query.kind(), periods, shown, owed, sellIn, query.state(), manufacturer,
				unlistedYears(periods, owed));
	}

	private static boolean matches(Distributor distributor, Query query) {
		boolean region = query.region() == null || query.region().isBlank()
				|| distributor.regionCodes().contains(query.region());
		boolean code = query.distributor() == null || query.distributor().isBlank()
				|| distributor.code().equalsIgnoreCase(query.distributor().strip());
		boolean responsible = query.responsible() == null
				|| (query.responsible() == 0 ? distributor.responsibleUserId() == null
						: query.responsible().equals(distributor.responsibleUserId()));
		return region && responsible && code;
	}

	/**
	 * The years the board's periods and due dates fall in that have no list of their own.
	 */
	private List<Integer> unlistedYears(List<YearMonth> periods, List<Submission> owed) {
		return Stream.concat(periods.stream().map(YearMonth::getYear), owed.stream().map(s -> s.dueDate().getYear()))
			.collect(Collectors.toCollection(TreeSet::new))
			.stream()
			.filter(year -> !workingDays.listed(year))
			.toList();
	}

	/**
	 * Each distributor's sell-in per month, by the shipment document's date — catalog's
	 * published view.
	 */
	private Map<Long, Map<YearMonth, BigDecimal>> sellIn(List<YearMonth> periods) {
		LocalDate from = periods.get(0).atDay(1);
		LocalDate to = periods.get(periods.size() - 1).plusMonths(1).atDay(1);
		Map<Long, Map<YearMonth, BigDecimal>> amounts = new HashMap<>();
		jdbc.sql("""
				select distributor_id, cast(date_trunc('month', document_date) as date) as month, sum(amount) as amount
				  from sell_in_shipments
				 where document_date >= :from and document_date < :to
				 group by distributor_id, date_trunc('month', document_date)""")
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				amounts.computeIfAbsent(rs.getLong("distributor_id"), id -> new HashMap<>())
					.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getBigDecimal("amount"));
			});
		return amounts;
	}

}
