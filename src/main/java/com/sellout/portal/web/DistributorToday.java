package com.sellout.portal.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Scorecards;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.clients.ClientStatus;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.Clients.ClientFilter;
import com.sellout.portal.sellout.OpenExceptions;
import com.sellout.portal.shared.ListQuery;

import org.springframework.stereotype.Component;

/**
 * What a distributor's cabinet says to do now: the next report due and its state, the
 * reports owed (past due, waiting for it, or asked to be corrected), the exception lines
 * to fix, the clients found in its sell-out to register, and its place in the scorecard.
 * Everything in the caller's scope: its own distributor only.
 */
@Component
class DistributorToday {

	/** States that ask the distributor to act. */
	private static final Set<SubmissionState> TO_ACT = Set.of(SubmissionState.OVERDUE, SubmissionState.MISSING,
			SubmissionState.WAITING_FOR_YOU, SubmissionState.CORRECTION_REQUESTED);

	private final Submissions submissions;

	private final OpenExceptions exceptions;

	private final Clients clients;

	private final Scorecards scorecards;

	DistributorToday(Submissions submissions, OpenExceptions exceptions, Clients clients, Scorecards scorecards) {
		this.submissions = submissions;
		this.exceptions = exceptions;
		this.clients = clients;
		this.scorecards = scorecards;
	}

	/**
	 * @param next the nearest submission not yet met whose due time is still ahead, or
	 * the newest period's when every one is met
	 * @param owed what asks to act, oldest due first
	 */
	record Today(Optional<Submission> next, List<Submission> owed, OpenExceptions.Count exceptions, long newClients,
			Scorecard scorecard) {
	}

	Today of(long distributorId, Instant now) {
		YearMonth month = YearMonth.from(now.atOffset(ZoneOffset.UTC));
		List<Submission> all = submissions
			.find(new SubmissionFilter(month.minusMonths(13), month.plusMonths(1), distributorId, null, null), now);
		List<Submission> owed = all.stream()
			.filter(s -> TO_ACT.contains(s.state()))
			.sorted(Comparator.comparing(Submission::dueAt))
			.toList();
		Optional<Submission> next = all.stream()
			.filter(s -> s.state() == SubmissionState.EXPECTED)
			.min(Comparator.comparing(Submission::dueAt))
			.or(() -> all.stream().max(Comparator.comparing(Submission::dueAt)));
		long found = clients
			.find(new ClientFilter(ClientStatus.NEW, null, null, null), new ListQuery(null, null, false, 0, 1))
			.total();
		return new Today(next, owed, exceptions.count(), found, scorecards.of(distributorId, now));
	}

}
