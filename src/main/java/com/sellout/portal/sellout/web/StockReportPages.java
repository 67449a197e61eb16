package com.sellout.portal.sellout.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.ReportVersions;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.StockReportLines;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.TableFiles;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stock reports (остатки) in the portal, beside the sell-out reports and read the same
 * way: the list (by distributor for the manufacturer, status and the month of the as-of
 * date), a report's page with its figures, versions of its as-of date and lines (accepted
 * or exceptions, of one product when the channel inventory links here with
 * {@code ?sku=}), its original and its lines to download. Restore and withdraw are the
 * sell-out reports' own actions ({@link ReportVersionPages}), which answer with this
 * page. Another distributor's report is not found, here as everywhere.
 */
@Controller
@RequestMapping("/sellout/stock-reports")
@PreAuthorize("isAuthenticated()")
class StockReportPages {

	private static final int LINES_PER_PAGE = 50;

	private final SellOutReports reports;

	private final StockReportLines lines;

	private final ReportLinesTable table;

	private final ReportVersions versions;

	private final Distributors distributors;

	private final AuditLog auditLog;

	StockReportPages(SellOutReports reports, StockReportLines lines, ReportLinesTable table, ReportVersions versions,
			Distributors distributors, AuditLog auditLog) {
		this.reports = reports;
		this.lines = lines;
		this.table = table;
		this.versions = versions;
		this.distributors = distributors;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long distributor, @RequestParam(required = false) String month,
			@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "true") boolean desc, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser me, Model model) {
		Long scope = me.isManufacturer() ? distributor : me.distributorId();
		var query = new ListQuery(null, sort == null ? "received_at" : sort, desc, page, ListQuery.sizeOr(size, 25));
		// a stock report's period is the month of its as-of date
		model.addAttribute("page", reports.find(
				new SellOutReports.ReportFilter(scope, SellOutReportPages.month(month), status, null, ReportKind.STOCK),
				query));
		model.addAttribute("params", Map.of("distributor", distributor == null ? "" : distributor, "month",
				month == null ? "" : month, "status", status == null ? "" : status));
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		return "sellout/stock-reports";
	}

	@GetMapping("/{id}")
	String card(@PathVariable long id, @RequestParam(defaultValue = "ALL") StockReportLines.Filter lines,
			@RequestParam(required = false) String sku, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, Model model) {
		SellOutReport report = reports.get(id);
		if (report.kind() != ReportKind.STOCK) {
			return "redirect:/sellout/reports/" + id;
		}
		String product = sku == null || sku.isBlank() ? null : sku.strip();
		model.addAttribute("report", report);
		model.addAttribute("versions", reports.versions(id));
		model.addAttribute("standing", versions.standing(id));
		model.addAttribute("mayChangeVersions", ReportVersions.mayChangeVersions(CurrentUser.get().orElse(null)));
		model.addAttribute("lineFilter", lines);
		model.addAttribute("lineFilters", StockReportLines.Filter.values());
		model.addAttribute("sku", product);
		model.addAttribute("page",
				this.lines.lines(id, lines, product, Math.max(0, page), ListQuery.sizeOr(size, LINES_PER_PAGE)));
		return "sellout/stock-report";
	}

	/** The original as received, streamed from the database. */
	@GetMapping("/{id}/original")
	void original(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, HttpServletResponse response) {
		lines.stockReport(id);
		SellOutReports.OriginalStream file = Downloads.original(reports, id, response);
		auditLog.record(AuditAction.SELLOUT_REPORT_DOWNLOADED, "sellout-report", id, me.distributorId(),
				file.fileName());
	}

	/**
	 * The accepted lines, or the exceptions with the reasons beside each row, as xlsx or
	 * CSV.
	 */
	@GetMapping("/{id}/lines.{format:xlsx|csv}")
	ResponseEntity<byte[]> lines(@PathVariable long id, @PathVariable String format,
			@RequestParam(defaultValue = "ACCEPTED") StockReportLines.Filter lines,
			@AuthenticationPrincipal CurrentUser me, Locale locale) {
		SellOutReport report = this.lines.stockReport(id);
		// the same table as the sell-out downloads and the FTP result, a stock line's
		// columns
		List<List<Object>> rows = table.rows(id, SellOutReports.LineFilter.valueOf(lines.name()), locale);
		auditLog.record(AuditAction.SELLOUT_REPORT_DOWNLOADED, "sellout-report", id, me.distributorId(),
				"stock " + lines + " " + format + " " + (rows.size() - 1) + " rows");
		String name = ExportNames.of(format, "stock", report.distributor(), report.asOf(),
				report.version() == null || report.version() == 1 ? null : "v" + report.version(),
				lines == StockReportLines.Filter.ACCEPTED ? null : lines.name().toLowerCase(Locale.ROOT));
		return format.equals("csv")
				? Downloads.file(name, new MediaType("text", "csv", StandardCharsets.UTF_8), TableFiles.csv(rows))
				: Downloads.file(name, MediaType.parseMediaType(TableFiles.XLSX),
						TableFiles.xlsx(report.distributor(), rows));
	}

}
