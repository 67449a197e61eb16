package com.sellout.portal.calendar.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.sellout.ReportStatus;
import org.jspecify.annotations.Nullable;

/**
 * Where one expected submission stands at {@code now}, from what happened to its month's
 * reports (of its kind). In order: a correction asked and not followed by a newer
 * accepted version is {@code CORRECTION_REQUESTED}; a month with an accepted report is
 * {@code ON_TIME} when the first version accepted since the month last had none (for a
 * weekly distributor's week: the first accepted at or after the week began) was accepted
 * before the due time, else {@code LATE}; a report waiting in {@code NEEDS_MAPPING} is
 * {@code WAITING_FOR_YOU}; else {@code EXPECTED} before the due time, {@code OVERDUE}
 * within the grace, {@code MISSING} after it. Rejected reports count as nothing; what
 * happened after {@code now} does not count yet.
 */
final class StateRule {

	private StateRule() {
	}

	/** A time a report became the month's active one, until it stopped (or null). */
	record Activation(long reportId, Instant startedAt, @Nullable Instant endedAt) {

		boolean activeAt(Instant now) {
			return !startedAt.isAfter(now) && (endedAt == null || endedAt.isAfter(now));
		}

	}

	/** A report of the month as it now stands. */
	record Report(long id, ReportStatus status, Instant receivedAt, @Nullable Instant processedAt, boolean noSales) {
	}

	/** What happened to a month's reports of one kind. */
	record History(List<Activation> activations, List<Report> reports, List<Instant> corrections) {

		static final History NONE = new History(List.of(), List.of(), List.of());

	}

	/** The deadlines of the submission. */
	record Due(Instant dueAt, Instant graceEndsAt, @Nullable Instant weekStartsAt) {
	}

	record Outcome(SubmissionState state, @Nullable Instant receivedAt, @Nullable Instant acceptedAt,
			@Nullable Long reportId, @Nullable ReportStatus reportStatus, boolean noSales) {
	}

	private record Moment(long reportId, Instant at) {
	}

	static Outcome decide(Due due, History history, Instant now) {
		List<Activation> activations = history.activations().stream().filter(a -> !a.startedAt().isAfter(now)).toList();
		Optional<Activation> active = activations.stream()
			.filter(a -> a.activeAt(now))
			.min(Comparator.comparing(Activation::startedAt));
		Optional<Report> shown = active.isPresent() ? Optional.of(report(history, active.get().reportId()))
				: history.reports()
					.stream()
					.filter(r -> !r.receivedAt().isAfter(now))
					.max(Comparator.comparing(Report::receivedAt).thenComparing(Report::id));
		List<Moment> moments = moments(history, activations, now);

		Optional<Moment> decisive = Optional.empty();
		if (active.isPresent()) {
			Instant runStart = runStart(active.get().startedAt(), activations);
			Instant from = due.weekStartsAt() != null && due.weekStartsAt().isAfter(runStart) ? due.weekStartsAt()
					: runStart;
			decisive = moments.stream().filter(m -> !m.at().isBefore(from)).findFirst();
		}
		SubmissionState state;
		Instant receivedAt = null;
		Instant acceptedAt = decisive.map(Moment::at).orElse(null);
		Optional<Instant> correction = history.corrections()
			.stream()
			.filter(c -> !c.isAfter(now))
			.max(Comparator.naturalOrder());
		Optional<Report> waiting = history.reports()
			.stream()
			.filter(r -> r.status() == ReportStatus.NEEDS_MAPPING && !r.receivedAt().isAfter(now))
			.max(Comparator.comparing(Report::receivedAt));
		if (correction.isPresent() && moments.stream().noneMatch(m -> m.at().isAfter(correction.get()))) {
			state = SubmissionState.CORRECTION_REQUESTED;
			receivedAt = decisive.map(m -> report(history, m.reportId()).receivedAt()).orElse(null);
		}
		else if (decisive.isPresent()) {
			state = decisive.get().at().isBefore(due.dueAt()) ? SubmissionState.ON_TIME : SubmissionState.LATE;
			receivedAt = report(history, decisive.get().reportId()).receivedAt();
		}
		else if (waiting.isPresent()) {
			state = SubmissionState.WAITING_FOR_YOU;
			receivedAt = waiting.get().receivedAt();
		}
		else if (now.isBefore(due.dueAt())) {
			state = SubmissionState.EXPECTED;
		}
		else if (now.isBefore(due.graceEndsAt())) {
			state = SubmissionState.OVERDUE;
		}
		else {
			state = SubmissionState.MISSING;
		}
		return new Outcome(state, receivedAt, acceptedAt, shown.map(Report::id).orElse(null),
				shown.map(Report::status).orElse(null), active.isPresent() && shown.map(Report::noSales).orElse(false));
	}

	/**
	 * When the month's present run of having an accepted report began: back from the
	 * active version through each version it took over from without a gap.
	 */
	static Instant runStart(Instant start, List<Activation> activations) {
		Instant run = start;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (Activation a : activations) {
				if (a.startedAt().isBefore(run) && a.endedAt() != null && !a.endedAt().isBefore(run)) {
					run = a.startedAt();
					moved = true;
				}
			}
		}
		return run;
	}

	/**
	 * Every time a version of the month was accepted up to {@code now}, in order: a
	 * report becoming active, an incremental delivery joining the month's report.
	 */
	private static List<Moment> moments(History history, List<Activation> activations, Instant now) {
		List<Moment> moments = new ArrayList<>();
		activations.forEach(a -> moments.add(new Moment(a.reportId(), a.startedAt())));
		history.reports()
			.stream()
			.filter(r -> r.status() == ReportStatus.MERGED && r.processedAt() != null && !r.processedAt().isAfter(now))
			.forEach(r -> moments.add(new Moment(r.id(), r.processedAt())));
		moments.sort(Comparator.comparing(Moment::at));
		return moments;
	}

	private static Report report(History history, long id) {
		return history.reports()
			.stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Report " + id + " is not of its month"));
	}

}
