package com.sellout.portal.sellout.web;

import com.sellout.portal.sellout.ReportVersionConflictException;
import com.sellout.portal.sellout.ReportVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which version of a month counts, over the API: an earlier version made current again,
 * or the active report withdrawn — by the distributor's or the manufacturer's
 * administrator. Answers the report acted on as it now stands; 409 when its state does
 * not allow the change.
 */
@RestController
@RequestMapping("/api/v1/sellout/reports/{id}")
@Tag(name = "Sell-out")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
class ReportVersionApi {

	private final ReportVersions versions;

	private final MessageSource messages;

	ReportVersionApi(ReportVersions versions, MessageSource messages) {
		this.versions = versions;
		this.messages = messages;
	}

	@PostMapping("/restore")
	@Operation(
			summary = "Makes a superseded (or withdrawn) report its month's current one; the current one is superseded")
	SellOutReportApi.ReportView restore(@PathVariable long id) {
		return SellOutReportApi.ReportView.of(versions.restore(id).report(), messages);
	}

	@PostMapping("/withdraw")
	@Operation(summary = "Withdraws the month's active report: its lines stop counting, the month has no active report")
	SellOutReportApi.ReportView withdraw(@PathVariable long id) {
		return SellOutReportApi.ReportView.of(versions.withdraw(id).report(), messages);
	}

	@ExceptionHandler(ReportVersionConflictException.class)
	ProblemDetail conflict(ReportVersionConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), null, ex.messageKey(), LocaleContextHolder.getLocale()));
		problem.setProperty("reportId", ex.reportId());
		return problem;
	}

}
