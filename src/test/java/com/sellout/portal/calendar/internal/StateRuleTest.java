package com.sellout.portal.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.sellout.ReportStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of an expected submission from its month's history, with the clock as the
 * test says. Times are hours after a base instant; the due time is at hour 100, the grace
 * ends at hour 200. A history is a list of: {@code a1@10-50} report 1 active from hour 10
 * to 50 ({@code a1@10-}: still active), {@code m2@30} an incremental delivery 2 merged at
 * 30, {@code n3@20} report 3 received at 20 and waiting in NEEDS_MAPPING, {@code r4@20}
 * report 4 rejected, {@code c@60} a correction asked at 60.
 */
class StateRuleTest {

	private static final Instant BASE = Instant.parse("2026-03-01T00:00:00Z");

	@ParameterizedTest(name = "[{0}] at {1} (week from {2}) -> {3}, accepted {4}, report {5}")
	@CsvSource(nullValues = "-", delimiter = '|', value = {
			// nothing received
			"-                    | 50  | - | EXPECTED             | -  | -",
			"-                    | 100 | - | OVERDUE              | -  | -",
			"-                    | 199 | - | OVERDUE              | -  | -",
			"-                    | 200 | - | MISSING              | -  | -",
			// a rejected report counts as nothing, but is the latest received
			"r4@20                | 250 | - | MISSING              | -  | 4",
			// accepted by the due time, after it, and after the grace
			"a1@10-               | 50  | - | ON_TIME              | 10 | 1",
			"a1@99-               | 300 | - | ON_TIME              | 99 | 1",
			"a1@100-              | 150 | - | LATE                 | 100 | 1",
			"a1@250-              | 300 | - | LATE                 | 250 | 1",
			// accepted later than the clock asks about: not yet
			"a1@250-              | 150 | - | OVERDUE              | -  | -",
			// a newer version follows the first: the first decides
			"a1@10-120 a2@120-    | 300 | - | ON_TIME              | 10 | 2",
			// withdrawn, nothing left: owed again; a later acceptance then decides
			"a1@10-120            | 150 | - | OVERDUE              | -  | 1",
			"a1@10-120            | 250 | - | MISSING              | -  | 1",
			"a1@10-120 a2@130-    | 250 | - | LATE                 | 130 | 2",
			// restored after a withdrawal: counts from its restoration
			"a1@10-120 a1@160-    | 250 | - | LATE                 | 160 | 1",
			// a report waiting for a person
			"n3@20                | 150 | - | WAITING_FOR_YOU      | -  | 3",
			"a1@10-120 n3@130     | 150 | - | WAITING_FOR_YOU      | -  | 3",
			// a correction asked: until a newer version is accepted
			"a1@10- c@60          | 150 | - | CORRECTION_REQUESTED | 10 | 1",
			"a1@10-70 a2@70- c@60 | 150 | - | ON_TIME              | 10 | 2",
			"a1@10- c@160         | 150 | - | ON_TIME              | 10 | 1",
			// a weekly distributor's week from hour 40: met by the first version accepted
			// since
			"a1@10-               | 50  | 40 | EXPECTED            | -  | 1",
			"a1@10-               | 150 | 40 | OVERDUE             | -  | 1",
			"a1@10-60 a2@60-      | 150 | 40 | ON_TIME             | 60 | 2",
			"a1@10- m5@70         | 150 | 40 | ON_TIME             | 70 | 1",
			"a1@10- m5@170        | 180 | 40 | LATE                | 170 | 1",
			"a1@50-               | 150 | 40 | ON_TIME             | 50 | 1" })
	void stateAt(String history, int nowHour, Integer weekStartHour, SubmissionState state, Integer acceptedHour,
			Long reportId) {
		StateRule.Due due = new StateRule.Due(at(100), at(200), weekStartHour == null ? null : at(weekStartHour));
		StateRule.Outcome outcome = StateRule.decide(due, parse(history), at(nowHour));
		assertThat(outcome.state()).isEqualTo(state);
		assertThat(outcome.acceptedAt()).isEqualTo(acceptedHour == null ? null : at(acceptedHour));
		assertThat(outcome.reportId()).isEqualTo(reportId);
	}

	private static Instant at(int hour) {
		return BASE.plus(Duration.ofHours(hour));
	}

	private static StateRule.History parse(String history) {
		List<StateRule.Activation> activations = new ArrayList<>();
		List<StateRule.Report> reports = new ArrayList<>();
		List<Instant> corrections = new ArrayList<>();
		if (history == null) {
			return StateRule.History.NONE;
		}
		for (String token : history.trim().split("\\s+")) {
			char what = token.charAt(0);
			String[] parts = token.substring(1).split("@");
			if (what == 'c') {
				corrections.add(at(Integer.parseInt(parts[1])));
				continue;
			}
			long id = Long.parseLong(parts[0]);
			String[] span = parts[1].split("-", -1);
			Instant start = at(Integer.parseInt(span[0]));
			switch (what) {
				case 'a' -> {
					Instant end = span.length > 1 && !span[1].isEmpty() ? at(Integer.parseInt(span[1])) : null;
					activations.add(new StateRule.Activation(id, start, end));
					if (reports.stream().noneMatch(r -> r.id() == id)) {
						reports
							.add(new StateRule.Report(id, end == null ? ReportStatus.ACCEPTED : ReportStatus.SUPERSEDED,
									start.minusSeconds(60), start, false));
					}
				}
				case 'm' ->
					reports.add(new StateRule.Report(id, ReportStatus.MERGED, start.minusSeconds(60), start, false));
				case 'n' -> reports.add(new StateRule.Report(id, ReportStatus.NEEDS_MAPPING, start, null, false));
				case 'r' -> reports.add(new StateRule.Report(id, ReportStatus.REJECTED, start, start, false));
				default -> throw new IllegalArgumentException(token);
			}
		}
		return new StateRule.History(activations, reports, corrections);
	}

}
