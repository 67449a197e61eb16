package com.sellout.portal.sellout.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.FileRefusedException;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutSettings;
import com.sellout.portal.shared.FileNames;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page: drop one or more files, each sent on its own with its progress shown,
 * then its result; the manufacturer's administrator uploads on a distributor's behalf.
 * The person says what the files are — sell-out, stock (with the date the stock stands
 * on, if the file does not say), or to be told by their content (the default). Also the
 * canonical template to download for distributors without a layout of their own.
 */
@Controller
@RequestMapping("/sellout")
class SellOutUploadPages {

	private final SellOutIntake intake;

	private final Distributors distributors;

	private final ReportingDistributor reporting;

	private final MessageSource messages;

	private final Duration wait;

	private final SellOutReports reports;

	/** Recent uploads: the person's last ten among the portal's last hundred. */
	private static final int RECENT_SHOWN = 10;

	private static final int RECENT_LOOKED_AT = 100;

	SellOutUploadPages(SellOutIntake intake, Distributors distributors, ReportingDistributor reporting,
			MessageSource messages, SellOutSettings settings, SellOutReports reports) {
		this.reports = reports;
		this.intake = intake;
		this.distributors = distributors;
		this.reporting = reporting;
		this.messages = messages;
		this.wait = settings.apiWait();
	}

	@GetMapping("/upload")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
	String page(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String kind, Model model) {
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		// the stock reports' page opens this page with «Остатки» chosen
		model.addAttribute("kind", kindOf(kind));
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("recent", recentUploads(me));
		return "sellout/upload";
	}

	/**
	 * What this person uploaded on this page lately (both kinds, newest first), so that
	 * the results are still there after they went elsewhere and came back.
	 */
	private List<SellOutReport> recentUploads(CurrentUser me) {
		return reports
			.find(new SellOutReports.ReportFilter(null, null, null, Channel.PORTAL, null),
					new ListQuery(null, "received_at", true, 0, RECENT_LOOKED_AT))
			.items()
			.stream()
			.filter(report -> me.login().equals(report.receivedBy()))
			.limit(RECENT_SHOWN)
			.toList();
	}

	/** One file of the upload page; answers the row that shows its result. */
	@PostMapping("/upload")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
	String upload(@AuthenticationPrincipal CurrentUser me, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String period, @RequestParam(required = false) Long distributor,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String asOf, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		Optional<FileNames.Refusal> badName = FileNames.refusal(file.getOriginalFilename());
		if (badName.isPresent()) {
			return refused(file, badName.get().key(), badName.get().arguments(), model, response, locale);
		}
		ReportKind told = kindOf(kind);
		LocalDate stockDate;
		try {
			// the as-of date is the stock's: a sell-out file has none
			stockDate = told == ReportKind.SELLOUT || asOf == null || asOf.isBlank() ? null : date(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			return refused(file, "stock.upload.badAsOf", new Object[] { asOf.strip() }, model, response, locale);
		}
		String code = distributor == null ? null
				: distributors.find(distributor).map(Distributor::code).orElseThrow(NotFoundException::new);
		long distributorId = reporting.forWriting(code);
		SellOutIntake.Received received;
		try (InputStream content = file.getInputStream()) {
			received = intake
				.receive(IncomingFile.of(file.getOriginalFilename(), file.getContentType(), content, file.getSize())
					// a stock report's month is its as-of date's
					.forPeriod(told == ReportKind.STOCK ? null : SellOutReportPages.month(period))
					.ofKind(told)
					.asOf(stockDate), intake.sender(me, distributorId, Channel.PORTAL), wait);
		}
		catch (FileRefusedException refused) {
			return refused(file, refused.messageKey(), refused.arguments(), model, response, locale);
		}
		model.addAttribute("report", received.report());
		model.addAttribute("duplicate", !received.created());
		model.addAttribute("retried", received.retried());
		return "sellout/upload :: result";
	}

	/**
	 * A date as a date field sends it (2039-03-31) or as people write it (31.03.2039).
	 */
	private static LocalDate date(String text) {
		return text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")
				? LocalDate.parse(text, DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT))
				: LocalDate.parse(text);
	}

	/** The kind the person chose; none (or anything else): told by the file's content. */
	private static ReportKind kindOf(String kind) {
		for (ReportKind known : ReportKind.values()) {
			if (known.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
				return known;
			}
		}
		return null;
	}

	/** The row the page shows for a file, with the reason instead of a report. */
	private String refused(MultipartFile file, String key, Object[] arguments, Model model,
			HttpServletResponse response, Locale locale) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("fileName", FileNames.shown(file.getOriginalFilename()));
		model.addAttribute("reason", messages.getMessage(key, arguments, locale));
		return "sellout/upload :: refused";
	}

	/** The canonical template with its Russian headers: xlsx, CSV or a JSON example. */
	@GetMapping("/template.{format:xlsx|csv|json}")
	ResponseEntity<byte[]> template(@PathVariable String format, Locale locale) {
		List<CanonicalField> fields = List.of(CanonicalField.values())
			.stream()
			// a stock line's cost is no field of a sell-out line
			.filter(f -> f != CanonicalField.VAT_INCLUDED && f != CanonicalField.COST)
			.toList();
		List<String> headers = fields.stream()
			.map(f -> messages.getMessage("sellout.field." + f.key(), null, f.key(), Locale.forLanguageTag("ru")))
			.toList();
		List<String> example = List.of("05.09.2026", "УПД-101", "5406127494", "540101001", "ООО \"Комплекттехно\"",
				"Монтажная организация", "Новосибирская область", "Новосибирск", "Новосибирск, ул. Ленина, д. 1",
				"EL-10001", "", "4606483756890", "Розетка бежевый серия Neo-1", "10", "шт", "740,44", "7 404,40", "22%",
				"RUB", "Основной", "");
		byte[] body;
		MediaType type;
		if (format.equals("json")) {
			body = """
					{
					  "period": "2026-09",
					  "lines": [
					    {"sale_date": "2026-09-05", "document_no": "УПД-101", "client_inn": "5406127494", "client_kpp": "540101001",
					     "client_name": "ООО \\"Комплекттехно\\"", "region": "Новосибирская область", "sku": "EL-10001",
					     "quantity": 10, "unit": "шт", "price": "740.44", "amount": "7404.40", "vat_included": false}
					  ]
					}
					"""
				.getBytes(StandardCharsets.UTF_8);
			type = MediaType.APPLICATION_JSON;
		}
		else if (format.equals("csv")) {
			body = TableFiles.csv(List.of(headers, example));
			type = new MediaType("text", "csv", StandardCharsets.UTF_8);
		}
		else {
			body = TableFiles.xlsx("Sell-out", List.of(headers, example));
			type = MediaType.parseMediaType(TableFiles.XLSX);
		}
		return Downloads.file("sellout-template." + format, type, body);
	}

}
