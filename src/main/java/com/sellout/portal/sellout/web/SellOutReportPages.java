package com.sellout.portal.sellout.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.mapping.Templates;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.ReportVersions;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutReports.LineFilter;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.TableFiles;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
 * Sell-out reports in the portal: the list, a report's card with its lines (searched by
 * client and product), and its downloads. Stock reports have pages of their own
 * ({@link StockReportPages}).
 */
@Controller
@RequestMapping("/sellout/reports")
@PreAuthorize("isAuthenticated()")
class SellOutReportPages {

	private final SellOutReports reports;

	private final Distributors distributors;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final Templates templates;

	private final ReportLinesTable linesTable;

	private final ReportVersions versions;

	SellOutReportPages(SellOutReports reports, Distributors distributors, MessageSource messages, AuditLog auditLog,
			Templates templates, ReportLinesTable linesTable, ReportVersions versions) {
		this.versions = versions;
		this.templates = templates;
		this.linesTable = linesTable;
		this.reports = reports;
		this.distributors = distributors;
		this.messages = messages;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long distributor, @RequestParam(required = false) String period,
			@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "true") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		Long scope = me.isManufacturer() ? distributor : me.distributorId();
		var query = new ListQuery(null, sort == null ? "received_at" : sort, desc, page, ListQuery.sizeOr(size, 25));
		model.addAttribute("page", reports
			.find(new SellOutReports.ReportFilter(scope, month(period), status, channel, ReportKind.SELLOUT), query));
		model.addAttribute("params",
				Map.of("distributor", distributor == null ? "" : distributor, "period", period == null ? "" : period,
						"status", status == null ? "" : status, "channel", channel == null ? "" : channel));
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		return "sellout/reports";
	}

	@GetMapping("/{id}")
	String card(@PathVariable long id, @RequestParam(defaultValue = "ALL") LineFilter lines,
			@RequestParam(required = false) String client, @RequestParam(required = false) String product,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size, Model model) {
		SellOutReport report = reports.get(id);
		if (report.kind() == ReportKind.STOCK) {
			// a link made before the report's kind was known (a result file, a reply, the
			// deliveries' page) leads to its page
			return "redirect:/sellout/stock-reports/" + id
					+ (lines == LineFilter.ACCEPTED || lines == LineFilter.EXCEPTIONS ? "?lines=" + lines : "");
		}
		model.addAttribute("report", report);
		model.addAttribute("versions", reports.versions(id));
		model.addAttribute("standing", versions.standing(id));
		model.addAttribute("mayChangeVersions", ReportVersions.mayChangeVersions(CurrentUser.get().orElse(null)));
		model.addAttribute("template", reports.templateOf(id).map(templates::get).orElse(null));
		model.addAttribute("lineFilter", lines);
		model.addAttribute("lineFilters", LineFilter.values());
		String clientText = client == null ? "" : client.strip();
		String productText = product == null ? "" : product.strip();
		model.addAttribute("client", clientText);
		model.addAttribute("product", productText);
		model.addAttribute("searched", !clientText.isEmpty() || !productText.isEmpty());
		model.addAttribute("page",
				reports.lines(id, lines, clientText, productText, Math.max(0, page), ListQuery.sizeOr(size, 50)));
		return "sellout/report";
	}

	/**
	 * The original as received, streamed from the database (a file of any size is never
	 * held whole).
	 */
	@GetMapping("/{id}/original")
	void original(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, HttpServletResponse response) {
		SellOutReports.OriginalStream file = Downloads.original(reports, id, response);
		auditLog.record(AuditAction.SELLOUT_REPORT_DOWNLOADED, "sellout-report", id, me.distributorId(),
				file.fileName());
	}

	/**
	 * The lines of a report (accepted, or exceptions with the reasons beside each row) as
	 * xlsx or CSV.
	 */
	@GetMapping("/{id}/lines.{format:xlsx|csv}")
	ResponseEntity<byte[]> lines(@PathVariable long id, @PathVariable String format,
			@RequestParam(defaultValue = "ACCEPTED") LineFilter lines, @AuthenticationPrincipal CurrentUser me,
			Locale locale) {
		SellOutReport report = reports.get(id);
		List<List<Object>> table = linesTable.rows(id, lines, locale);
		auditLog.record(AuditAction.SELLOUT_REPORT_DOWNLOADED, "sellout-report", id, me.distributorId(),
				lines + " " + format + " " + (table.size() - 1) + " rows");
		String name = ExportNames.of(format, "sellout", report.distributor(), report.period(),
				report.version() == null || report.version() == 1 ? null : "v" + report.version(),
				lines == LineFilter.ACCEPTED ? null : lines.name().toLowerCase(Locale.ROOT));
		return format.equals("csv")
				? Downloads.file(name, new MediaType("text", "csv", StandardCharsets.UTF_8), TableFiles.csv(table))
				: Downloads.file(name, MediaType.parseMediaType(TableFiles.XLSX),
						TableFiles.xlsx(report.distributor(), table));
	}

	static YearMonth month(String period) {
		try {
			return period == null || period.isBlank() ? null : YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
