package com.sellout.portal.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.ingest.Deliveries;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.sellout.OpenExceptions;
import com.sellout.portal.shared.ListQuery;

import org.springframework.stereotype.Component;

/**
 * What the manufacturer's overview says to do now: how the reports of the month being
 * reported stand (late, overdue, missing, waiting for a person), which reports are owed
 * over the last 12 months, the open exception lines, the quarantined mail.
 */
@Component
class ManufacturerToday {

	/** How many owed reports the overview lists; the board has them all. */
	static final int OWED_LISTED = 8;

	private final Submissions submissions;

	private final OpenExceptions exceptions;

	private final Deliveries deliveries;

	ManufacturerToday(Submissions submissions, OpenExceptions exceptions, Deliveries deliveries) {
		this.submissions = submissions;
		this.exceptions = exceptions;
		this.deliveries = deliveries;
	}

	/**
	 * @param period the month being reported: the one before the current month
	 * @param states how many of that month's submissions are in each state
	 * @param owed overdue and missing submissions of the last 12 months, oldest due
	 * first, at most {@link #OWED_LISTED}
	 * @param owedCount how many there are in all
	 */
	record Today(YearMonth period, Map<SubmissionState, Long> states, List<Submission> owed, long owedCount,
			OpenExceptions.Count exceptions, long quarantined) {

		/** How many of the month's submissions are in the state named. */
		public long count(String state) {
			return states.getOrDefault(SubmissionState.valueOf(state), 0L);
		}

	}

	Today of(Instant now) {
		YearMonth period = YearMonth.from(now.atOffset(ZoneOffset.UTC)).minusMonths(1);
		List<Submission> recent = submissions
			.find(new SubmissionFilter(period.minusMonths(11), period.plusMonths(1), null, null, null), now);
		Map<SubmissionState, Long> states = new EnumMap<>(SubmissionState.class);
		recent.stream().filter(s -> s.period().equals(period)).forEach(s -> states.merge(s.state(), 1L, Long::sum));
		List<Submission> owed = recent.stream()
			.filter(s -> s.state().isOwed())
			.sorted(Comparator.comparing(Submission::dueAt).thenComparing(Submission::distributorCode))
			.toList();
		long quarantined = deliveries
			.find(new Deliveries.Filter(null, null, DeliveryStatus.QUARANTINED), new ListQuery(null, null, false, 0, 1))
			.total();
		return new Today(period, states, owed.stream().limit(OWED_LISTED).toList(), owed.size(), exceptions.count(),
				quarantined);
	}

}
