package com.sellout.portal.sellout.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.LayoutJson;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.FileRefusedException;
import com.sellout.portal.sellout.FileTooLargeException;
import com.sellout.portal.sellout.IdempotencyKeyReusedException;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.LayoutCorrection;
import com.sellout.portal.sellout.LineProblem;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportLine;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutSettings;
import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.shared.FileNames;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * Sell-out reports over the API, for 1C and other systems: a file in (multipart
 * {@code file}, or the raw body with its content type), the report out — 201 when
 * processed, 202 while processing, 200 with the existing report when these bytes (or this
 * Idempotency-Key) came before.
 */
@RestController
@RequestMapping("/api/v1/sellout/reports")
@Tag(name = "Sell-out")
class SellOutReportApi {

	private final SellOutReports reports;

	private final SellOutIntake intake;

	private final LayoutCorrection layouts;

	private final ReportingDistributor distributor;

	private final MessageSource messages;

	private final Duration wait;

	private final ReportLinesTable lines;

	SellOutReportApi(SellOutReports reports, SellOutIntake intake, LayoutCorrection layouts,
			ReportingDistributor distributor, MessageSource messages, SellOutSettings settings,
			ReportLinesTable lines) {
		this.lines = lines;
		this.reports = reports;
		this.intake = intake;
		this.layouts = layouts;
		this.distributor = distributor;
		this.messages = messages;
		this.wait = settings.apiWait();
	}

	/**
	 * A report as the API shows it; the rejection reason in the caller's language;
	 * {@code replaced} the active report it took the place of when it was accepted (null
	 * when none); {@code kind} whether it is a sell-out or a stock report, and a stock
	 * report's {@code asOf}.
	 */
	record ReportView(long id, String distributor, String period, Integer version, ReportStatus status,
			String rejectionReason, String waitingFor, Channel source, String fileName, String format,
			OffsetDateTime receivedAt, OffsetDateTime processedAt, int lines, int acceptedLines, int exceptions,
			int deviations, int outOfPeriod, BigDecimal acceptedQuantity, BigDecimal acceptedAmountNet,
			Long supersededBy, ReplacedView replaced, ReportKind kind, LocalDate asOf) {

		static ReportView of(SellOutReport r, MessageSource messages) {
			Locale locale = LocaleContextHolder.getLocale();
			String rejection = r.status() == ReportStatus.REJECTED && r.rejectionKey() != null
					? messages.getMessage(r.rejectionKey(), r.rejectionArgs(), r.rejectionKey(), locale) : null;
			String waiting = r.status() == ReportStatus.NEEDS_MAPPING && r.rejectionKey() != null
					? messages.getMessage(r.rejectionKey(), null, r.rejectionKey(), locale) : null;
			ReplacedView replaced = r.replaced() == null ? null : new ReplacedView(r.replaced().id(),
					r.replaced().acceptedLines(), r.replaced().acceptedAmountNet());
			return new ReportView(r.id(), r.distributor(), r.period(), r.version(), r.status(), rejection, waiting,
					r.source(), r.fileName(), r.format(), r.receivedAt(), r.processedAt(), r.lines(), r.acceptedLines(),
					r.exceptions(), r.deviations(), r.outOfPeriod(), r.acceptedQuantity(), r.acceptedAmountNet(),
					r.supersededBy(), replaced, r.kind(), r.asOf());
		}

	}

	record ReplacedView(long id, int acceptedLines, BigDecimal acceptedAmountNet) {
	}

	/**
	 * A line with its problems, each with a reason in the caller's language, and every
	 * value of the line (the {@link LineColumn catalogue}) under its API name:
	 * "saleDate", "clientInn", "city"…
	 */
	record LineView(int line, boolean accepted, boolean outOfPeriod, List<ProblemView> problems,
			@JsonIgnore Map<String, Object> values) {

		@JsonAnyGetter
		public Map<String, Object> columns() {
			return values;
		}

	}

	record ProblemView(String field, String value, String code, String reason) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER', 'INTEGRATION')")
	@Operation(summary = "Sends a sell-out file (multipart 'file'); optional period=YYYY-MM and Idempotency-Key")
	ResponseEntity<ReportView> upload(@AuthenticationPrincipal CurrentUser me, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String period, @RequestParam(required = false) String distributor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
		refuseOddName(file.getOriginalFilename());
		try (InputStream content = file.getInputStream()) {
			return receive(me,
					IncomingFile.of(file.getOriginalFilename(), file.getContentType(), content, file.getSize()), period,
					distributor, idempotencyKey);
		}
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER', 'INTEGRATION')")
	@Operation(summary = "Sends a sell-out file as the raw body (EnterpriseData XML, CommerceML, JSON, CSV, xlsx...)")
	ResponseEntity<ReportView> uploadRaw(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
			@RequestParam(required = false) String period, @RequestParam(required = false) String distributor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
		refuseOddName(fileName);
		// streamed into the database as it comes, never held whole; a body without a
		// length is cut at the limit
		try (InputStream content = request.getInputStream()) {
			return receive(me,
					IncomingFile.ofBody(fileName, request.getContentType(), content, request.getContentLengthLong()),
					period, distributor, idempotencyKey);
		}
	}

	@GetMapping
	@Operation(summary = "Reports newest first, by period (YYYY-MM), status and, for the manufacturer, distributor")
	PageSlice<ReportView> list(@RequestParam(required = false) String period,
			@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String distributor,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		PageSlice<SellOutReport> slice = reports.list(this.distributor.forReading(distributor), period(period), status,
				Math.max(0, page), pageSize(size));
		return new PageSlice<>(slice.items().stream().map(this::view).toList(), slice.page(), slice.size(),
				slice.total());
	}

	@GetMapping("/{id}")
	ReportView get(@PathVariable long id) {
		return view(reports.get(id));
	}

	@GetMapping("/{id}/exceptions")
	@Operation(summary = "The report's lines that were not accepted, with every reason")
	PageSlice<LineView> exceptions(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "200") int size) {
		return lines(reports.lines(id, true, Math.max(0, page), pageSize(size)));
	}

	@GetMapping("/{id}/lines")
	@Operation(summary = "The report's lines in the canonical template")
	PageSlice<LineView> lines(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return lines(reports.lines(id, false, Math.max(0, page), pageSize(size)));
	}

	@GetMapping("/{id}/mapping")
	@Operation(summary = "The layout and column mapping in use, or suggested while the report needs a person")
	Layout mapping(@PathVariable long id) {
		return reports.mapping(id).orElseThrow(NotFoundException::new);
	}

	@PutMapping("/{id}/mapping")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER', 'INTEGRATION')")
	@Operation(summary = "Confirms or corrects the layout: saved as the distributor's template, the report processed"
			+ " again; \"kind\": \"SELLOUT|STOCK\" says what the report is, \"asOf\": \"YYYY-MM-DD\" a stock"
			+ " report's date (each alone, or with the layout)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = Layout.class)))
	ReportView correctMapping(@PathVariable long id, @RequestBody JsonNode layout) {
		KindChoice choice = KindChoice.of(layout);
		return view(layouts.correctMapping(id, LayoutJson.read(choice.layout()), choice.kind(), choice.asOf(), wait));
	}

	/**
	 * The file through the sell-out door, sent by the logged-in account: no bytes a 400,
	 * too many a 413, each with its reason as a problem.
	 */
	private ResponseEntity<ReportView> receive(CurrentUser me, IncomingFile file, String period, String distributorCode,
			String idempotencyKey) {
		long distributorId = distributor.forWriting(distributorCode);
		YearMonth month = period(period);
		SellOutIntake.Received received;
		try {
			received = intake.receive(file.forPeriod(month).withIdempotencyKey(idempotencyKey),
					intake.sender(me, distributorId, Channel.API), wait);
		}
		catch (FileTooLargeException ex) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, text(ex.messageKey(), ex.arguments()));
		}
		catch (FileRefusedException ex) {
			throw new RefusedException(ex.messageKey(), ex.arguments());
		}
		SellOutReport report = received.report();
		HttpStatus status = !received.created() ? HttpStatus.OK
				: report.status().isFinished() ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status)
			.location(URI.create("/api/v1/sellout/reports/" + report.id()))
			.body(view(report));
	}

	private YearMonth period(String period) {
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

	/**
	 * A NUL or an overlong name: 400 with the reason, before anything is read or stored.
	 */
	private void refuseOddName(String fileName) {
		FileNames.refusal(fileName).ifPresent(refusal -> {
			throw new RefusedException(refusal.key(), refusal.arguments());
		});
	}

	private ReportView view(SellOutReport r) {
		return ReportView.of(r, messages);
	}

	/**
	 * The same Idempotency-Key with other bytes: 422, so that the sender does not take
	 * the first file's report for this one's.
	 */
	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				text("sellout.idempotency.otherContent", ex.key()));
		problem.setProperty("reportId", ex.reportId());
		return problem;
	}

	private PageSlice<LineView> lines(PageSlice<ReportLine> slice) {
		List<LineView> views = slice.items()
			.stream()
			.map(line -> new LineView(line.lineNo(), line.accepted(), line.outOfPeriod(),
					line.problems().stream().map(this::problem).toList(), values(line)))
			.toList();
		return new PageSlice<>(views, slice.page(), slice.size(), slice.total());
	}

	private static Map<String, Object> values(ReportLine line) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (LineColumn column : LineColumn.values()) {
			Object value = line.values().get(column);
			values.put(column.apiName(), value instanceof LocalDate date ? date.toString() : value);
		}
		return values;
	}

	private ProblemView problem(LineProblem problem) {
		return new ProblemView(problem.field(), problem.value(), problem.code(),
				lines.reason(problem, LocaleContextHolder.getLocale()));
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, arguments, key, locale);
	}

}
