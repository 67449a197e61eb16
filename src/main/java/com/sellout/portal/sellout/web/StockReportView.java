package com.sellout.portal.sellout.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.LineProblem;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.StockLine;

/**
 * A stock report as the API shows it: where it stands, the date its stock stands on, how
 * many product lines its file had ({@code lines}) and how many were accepted, and the
 * stock they add up to; the rejection reason (or what it waits for) in the caller's
 * language.
 */
record StockReportView(long id, String distributor, LocalDate asOf, Integer version, ReportStatus status,
		String rejectionReason, String waitingFor, Channel source, String fileName, String format, int lines,
		int acceptedLines, int exceptions, BigDecimal acceptedQuantity, OffsetDateTime receivedAt,
		OffsetDateTime processedAt, Long supersededBy) {

	static StockReportView of(SellOutReport r, ReportLinesTable table, Locale locale) {
		String reason = table.rejectionReason(r, locale);
		boolean waiting = r.status() == ReportStatus.NEEDS_MAPPING;
		return new StockReportView(r.id(), r.distributor(), r.asOf(), r.version(), r.status(),
				r.status() == ReportStatus.REJECTED ? reason : null, waiting ? reason : null, r.source(), r.fileName(),
				r.format(), r.lines(), r.acceptedLines(), r.exceptions(), r.acceptedQuantity(), r.receivedAt(),
				r.processedAt(), r.supersededBy());
	}

	/**
	 * A stock line with its problems, each with a reason in the caller's language, and
	 * for an exception the values it was received with.
	 */
	record LineView(int line, boolean accepted, String sku, String distributorSku, String ean, String productName,
			String warehouse, BigDecimal quantity, String unit, BigDecimal cost, List<ProblemView> problems,
			Map<String, String> received) {

		static LineView of(StockLine line, ReportLinesTable table, Locale locale) {
			return new LineView(line.lineNo(), line.accepted(), line.sku(), line.distributorSku(), line.ean(),
					line.productName(), line.warehouse(), line.quantity(), line.unit(), line.cost(),
					line.problems().stream().map(p -> ProblemView.of(p, table, locale)).toList(), line.received());
		}

	}

	record ProblemView(String field, String value, String code, String reason) {

		static ProblemView of(LineProblem problem, ReportLinesTable table, Locale locale) {
			return new ProblemView(problem.field(), problem.value(), problem.code(), table.reason(problem, locale));
		}

	}

}
