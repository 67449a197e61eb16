package com.sellout.portal.calendar.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.NoSalesReplacesLinesException;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expected submissions over the API, in the caller's scope: a distributor's account
 * reads its own; another distributor's code answers 404 whether it exists or not, as the
 * scorecards do. A distributor's account declares «продаж не было» for a month; the
 * manufacturer does not.
 */
@RestController
@RequestMapping("/api/v1/submissions")
@Tag(name = "Submissions")
class SubmissionApi {

	private final Submissions submissions;

	private final SubmissionAccess access;

	private final MessageSource messages;

	SubmissionApi(Submissions submissions, SubmissionAccess access, MessageSource messages) {
		this.submissions = submissions;
		this.access = access;
		this.messages = messages;
	}

	/**
	 * One submission as the API shows it: no internal id; {@code week} only for a weekly
	 * distributor's.
	 */
	record SubmissionView(String distributor, String kind, String period,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer week, OffsetDateTime dueAt, String state,
			@Nullable OffsetDateTime receivedAt, @Nullable Long reportId, @Nullable ReportStatus reportStatus,
			boolean noSales) {

		static SubmissionView of(Submission s) {
			return new SubmissionView(s.distributorCode(), s.kind().name(), s.period().toString(),
					s.week() == 0 ? null : s.week(), s.dueAt(), s.state().name(), s.receivedAt(), s.reportId(),
					s.reportStatus(), s.noSales());
		}

	}

	record Rows(List<SubmissionView> rows) {
	}

	record NoSalesRequest(@Nullable String period, @Nullable String kind, @Nullable Boolean replaceLines) {
	}

	record Declared(long reportId, String period, String kind) {
	}

	@GetMapping
	@Operation(summary = "The expected submissions: for each distributor, kind, month (and week of a weekly "
			+ "distributor) its due time, its state (EXPECTED, WAITING_FOR_YOU, ON_TIME, LATE, OVERDUE, MISSING, "
			+ "CORRECTION_REQUESTED), when the deciding report was received and the month's active report; "
			+ "period=YYYY-MM, distributor=CODE, state=STATE[,STATE], kind=SELLOUT|STOCK, each optional")
	Rows find(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String distributor,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String kind, @AuthenticationPrincipal CurrentUser me) {
		YearMonth month = period == null || period.isBlank() ? null : SubmissionAccess.period(period);
		Long distributorId = distributor == null || distributor.isBlank() ? null
				: access.distributorId(me, distributor);
		SubmissionFilter filter = new SubmissionFilter(month, month, distributorId,
				kind == null || kind.isBlank() ? null : SubmissionAccess.kind(kind),
				state == null || state.isBlank() ? null : SubmissionAccess.states(state));
		return new Rows(submissions.find(filter).stream().map(SubmissionView::of).toList());
	}

	@PostMapping("/no-sales")
	@Operation(summary = "Declares «продаж не было» for a month: an accepted report of no lines, superseding the "
			+ "month's report; 409 when that report has lines, unless replaceLines is true. Only a distributor's "
			+ "own accounts; body {\"period\":\"YYYY-MM\",\"kind\":\"SELLOUT\"|\"STOCK\",\"replaceLines\":false}")
	ResponseEntity<Declared> declareNoSales(@RequestBody NoSalesRequest body, @AuthenticationPrincipal CurrentUser me) {
		long distributorId = access.ownDistributor(me);
		if (body.period() == null || body.period().isBlank()) {
			throw new RefusedException("calendar.api.periodRequired");
		}
		YearMonth month = SubmissionAccess.period(body.period());
		ReportKind reportKind = body.kind() == null || body.kind().isBlank() ? ReportKind.SELLOUT
				: SubmissionAccess.kind(body.kind());
		SubmissionAccess.expected(submissions, distributorId, month, reportKind);
		long reportId = submissions.declareNoSales(distributorId, month, reportKind,
				Boolean.TRUE.equals(body.replaceLines()));
		return ResponseEntity.created(URI.create("/api/v1/sellout/reports/" + reportId))
			.body(new Declared(reportId, month.toString(), reportKind.name()));
	}

	@ExceptionHandler(NoSalesReplacesLinesException.class)
	ProblemDetail replacesLines(NoSalesReplacesLinesException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("calendar.noSales.replacesLines",
						new Object[] { ex.activeReportId(), ex.acceptedLines() }, LocaleContextHolder.getLocale()));
		problem.setProperty("activeReportId", ex.activeReportId());
		problem.setProperty("acceptedLines", ex.acceptedLines());
		return problem;
	}

}
