package com.sellout.portal.sellout.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.FileRefusedException;
import com.sellout.portal.sellout.FileTooLargeException;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.ReportVersions;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutSettings;
import com.sellout.portal.sellout.StockExceptionFixes;
import com.sellout.portal.sellout.StockLine;
import com.sellout.portal.sellout.StockReportLines;
import com.sellout.portal.shared.FileNames;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stock reports (остатки) over the API, beside the sell-out reports and through the same
 * door: a file in (multipart {@code file}, or the raw body), said to be a stock report,
 * with its as-of date when the sender knows it — 201 when processed, 202 while
 * processing, 200 with the existing report when these bytes (or this Idempotency-Key)
 * came before; the reports, their lines and exceptions out, a distributor's own only (any
 * other is not found). A stock report's layout, kind and date are confirmed, and its
 * versions restored or withdrawn, as a sell-out report's are ({@code /reports/{id}/…}).
 */
@RestController
@RequestMapping("/api/v1/sellout/stock-reports")
@Tag(name = "Stock")
class StockReportApi {

	private final SellOutIntake intake;

	private final SellOutReports reports;

	private final StockReportLines lines;

	private final StockExceptionFixes fixes;

	private final ReportVersions versions;

	private final ReportingDistributor distributor;

	private final ReportLinesTable table;

	private final Duration wait;

	private final MessageSource messages;

	StockReportApi(SellOutIntake intake, SellOutReports reports, StockReportLines lines, StockExceptionFixes fixes,
			ReportVersions versions, ReportingDistributor distributor, ReportLinesTable table, SellOutSettings settings,
			MessageSource messages) {
		this.messages = messages;
		this.intake = intake;
		this.reports = reports;
		this.lines = lines;
		this.fixes = fixes;
		this.versions = versions;
		this.distributor = distributor;
		this.table = table;
		this.wait = settings.apiWait();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER', 'INTEGRATION')")
	@Operation(summary = "Sends a stock file (multipart 'file'); optional asOf=YYYY-MM-DD and Idempotency-Key")
	ResponseEntity<StockReportView> upload(@AuthenticationPrincipal CurrentUser me,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String distributor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
		refuseOddName(file.getOriginalFilename());
		try (InputStream content = file.getInputStream()) {
			return receive(me,
					IncomingFile.of(file.getOriginalFilename(), file.getContentType(), content, file.getSize()), asOf,
					distributor, idempotencyKey);
		}
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER', 'INTEGRATION')")
	@Operation(summary = "Sends a stock file as the raw body (CSV, xlsx, xls, the canonical JSON...)")
	ResponseEntity<StockReportView> uploadRaw(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String distributor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
		refuseOddName(fileName);
		try (InputStream content = request.getInputStream()) {
			return receive(me,
					IncomingFile.ofBody(fileName, request.getContentType(), content, request.getContentLengthLong()),
					asOf, distributor, idempotencyKey);
		}
	}

	@GetMapping
	@Operation(summary = "Stock reports newest first, by the month of their as-of date (YYYY-MM), status and,"
			+ " for the manufacturer, distributor")
	PageSlice<StockReportView> list(@RequestParam(required = false) String period,
			@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String distributor,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		SellOutReports.ReportFilter filter = new SellOutReports.ReportFilter(this.distributor.forReading(distributor),
				month(period), status, null, ReportKind.STOCK);
		PageSlice<SellOutReport> slice = reports.find(filter,
				new ListQuery(null, null, true, Math.max(0, page), pageSize(size)));
		return new PageSlice<>(slice.items().stream().map(this::view).toList(), slice.page(), slice.size(),
				slice.total());
	}

	@GetMapping("/{id}")
	StockReportView get(@PathVariable long id) {
		return view(lines.stockReport(id));
	}

	@GetMapping("/{id}/lines")
	@Operation(summary = "The report's stock lines: filter ALL, ACCEPTED or EXCEPTIONS, optionally of one SKU")
	PageSlice<StockReportView.LineView> lines(@PathVariable long id,
			@RequestParam(defaultValue = "ALL") StockReportLines.Filter filter,
			@RequestParam(required = false) String sku, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return lineViews(lines.lines(id, filter, sku, Math.max(0, page), pageSize(size)));
	}

	@GetMapping("/{id}/exceptions")
	@Operation(summary = "The report's stock lines that were not accepted, with every reason")
	PageSlice<StockReportView.LineView> exceptions(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "200") int size) {
		return lineViews(lines.lines(id, StockReportLines.Filter.EXCEPTIONS, null, Math.max(0, page), pageSize(size)));
	}

	/**
	 * A fix of one exception: {@code {"field": "quantity", "value": "12"}} corrects a
	 * received value, {@code {"sku": "EL-10001"}} maps its product (learned as the
	 * distributor's value mapping).
	 */
	record Fix(String field, String value, String sku) {
	}

	record Fixed(int resolved, StockReportView report) {
	}

	@PutMapping("/{id}/lines/{line}")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER', 'INTEGRATION')")
	@Operation(
			summary = "Fixes an exception: a received value corrected ({field, value}) or its product mapped ({sku})")
	Fixed fix(@PathVariable long id, @PathVariable int line, @RequestBody Fix fix) {
		int resolved;
		if (fix.sku() != null && !fix.sku().isBlank()) {
			resolved = fixes.mapProduct(id, line, fix.sku());
		}
		else {
			CanonicalField field = CanonicalField.byKey(fix.field())
				.orElseThrow(() -> new InvalidFieldsException(
						List.of(new InvalidFieldsException.FieldProblem("field", "sellout.fix.unknownField"))));
			resolved = fixes.correct(id, line, field, fix.value());
		}
		return new Fixed(resolved, view(lines.stockReport(id)));
	}

	@PostMapping("/{id}/restore")
	@Operation(summary = "Makes a superseded (or withdrawn) stock report its as-of date's current one")
	StockReportView restore(@PathVariable long id) {
		lines.stockReport(id);
		return view(versions.restore(id).report());
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraws the as-of date's active stock report: its stock stops counting")
	StockReportView withdraw(@PathVariable long id) {
		lines.stockReport(id);
		return view(versions.withdraw(id).report());
	}

	/**
	 * The file through the door as a stock report, sent by the logged-in account: no
	 * bytes a 400, too many a 413, each with its reason.
	 */
	private ResponseEntity<StockReportView> receive(CurrentUser me, IncomingFile file, String asOf,
			String distributorCode, String idempotencyKey) {
		long distributorId = distributor.forWriting(distributorCode);
		LocalDate date = date(asOf);
		SellOutIntake.Received received;
		try {
			received = intake.receive(file.ofKind(ReportKind.STOCK).asOf(date).withIdempotencyKey(idempotencyKey),
					intake.sender(me, distributorId, Channel.API), wait);
		}
		catch (FileTooLargeException ex) {
			// the limit in the caller's language, as the sell-out upload says it
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
					messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale()));
		}
		catch (FileRefusedException ex) {
			throw new RefusedException(ex.messageKey(), ex.arguments());
		}
		SellOutReport report = received.report();
		HttpStatus status = !received.created() ? HttpStatus.OK
				: report.status().isFinished() ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status)
			.location(URI.create("/api/v1/sellout/stock-reports/" + report.id()))
			.body(view(report));
	}

	private static LocalDate date(String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("sellout.stock.badAsOf", asOf);
		}
	}

	private static YearMonth month(String period) {
		if (period == null || period.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("sellout.badPeriod", period);
		}
	}

	private static int pageSize(int size) {
		return Math.max(1, Math.min(ListQuery.MAX_SIZE, size));
	}

	private void refuseOddName(String fileName) {
		FileNames.refusal(fileName).ifPresent(refusal -> {
			throw new RefusedException(refusal.key(), refusal.arguments());
		});
	}

	private StockReportView view(SellOutReport report) {
		return StockReportView.of(report, table, locale());
	}

	private PageSlice<StockReportView.LineView> lineViews(PageSlice<StockLine> slice) {
		return new PageSlice<>(
				slice.items().stream().map(l -> StockReportView.LineView.of(l, table, locale())).toList(), slice.page(),
				slice.size(), slice.total());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
