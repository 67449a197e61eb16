package com.sellout.portal.quotes.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.quotes.Quote;
import com.sellout.portal.quotes.QuoteLine;
import com.sellout.portal.quotes.QuoteSummary;
import com.sellout.portal.quotes.Quotes;
import com.sellout.portal.quotes.Quotes.QuoteFilter;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.TableFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commercial proposals over the API: a distributor's people make them (and new versions),
 * everyone lists and reads those of their scope, and downloads each version as PDF or
 * xlsx; another distributor's proposal is 404, like a missing one. A refused proposal is
 * 422 naming each field ({@code clientInn}, {@code lines[0].price}, …) and why.
 */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes")
class QuoteApi {

	private final Quotes quotes;

	private final Distributors distributors;

	QuoteApi(Quotes quotes, Distributors distributors) {
		this.quotes = quotes;
		this.distributors = distributors;
	}

	/** Numbers may be JSON numbers or strings; dates ISO or ДД.ММ.ГГГГ. */
	record QuoteRequest(@Nullable Long projectId, @Nullable String clientInn, @Nullable String clientName,
			@Nullable List<DraftInput.LineInput> lines, @Nullable String validUntil) {
	}

	record LineView(int lineNo, String sku, String name, String unit, BigDecimal quantity, BigDecimal price,
			BigDecimal discountPercent, BigDecimal vatRate, BigDecimal net, BigDecimal vat, BigDecimal total) {

		static LineView of(QuoteLine l) {
			return new LineView(l.lineNo(), l.sku(), l.name(), l.unit(), l.quantity(), l.price(), l.discountPercent(),
					l.vatRate(), l.net(), l.vat(), l.total());
		}

	}

	record VersionView(long id, int version, String createdAt) {
	}

	record QuoteView(long id, String number, int version, BigDecimal totalNet, BigDecimal vat, BigDecimal total,
			String totalInWords, String validUntil, @Nullable Long projectId, String clientInn, String clientName,
			String createdAt, String createdBy, List<LineView> lines, List<VersionView> versions) {

		static QuoteView of(Quote q) {
			return new QuoteView(q.id(), q.number(), q.version(), q.totalNet(), q.vat(), q.total(), q.totalInWords(),
					q.validUntil().toString(), q.projectId(), q.clientInn(), q.clientName(), q.createdAt().toString(),
					q.createdBy(), q.lines().stream().map(LineView::of).toList(),
					q.versions()
						.stream()
						.map(v -> new VersionView(v.id(), v.version(), v.createdAt().toString()))
						.toList());
		}

	}

	record SummaryView(long id, String number, int version, String distributor, String clientInn, String clientName,
			BigDecimal totalNet, BigDecimal total, String validUntil, String createdAt, String createdBy) {
	}

	record Items<T>(List<T> items, int page, int size, long total) {
	}

	@PostMapping
	@Operation(summary = "Makes a proposal of the caller's distributor: {projectId} alone (the project's client and "
			+ "lines at list prices; a project the caller cannot see 404) or {clientInn, clientName, lines:[{sku, quantity, "
			+ "price (default the list price, net of VAT), discountPercent (default 0), vatRate (default 22)}], "
			+ "validUntil (default in 30 days)}; 201 with its number КП-<code>-<year>-<n>, version, totals and the "
			+ "total in words; a refused field 422 with each field and the reason")
	ResponseEntity<QuoteView> create(@RequestBody QuoteRequest body) {
		DraftInput.Read read = DraftInput.read(body.projectId(), body.clientInn(), body.clientName(), body.lines(),
				body.validUntil());
		Quote quote = quotes.create(read.draft(), read.problems());
		return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id())).body(QuoteView.of(quote));
	}

	@PostMapping("/{id}/versions")
	@Operation(summary = "A new version of a proposal: the same number, the next version; what the body leaves out "
			+ "(client, lines, validity) is copied from the version named; 201")
	ResponseEntity<QuoteView> newVersion(@PathVariable long id, @RequestBody(required = false) QuoteRequest body) {
		QuoteRequest request = body == null ? new QuoteRequest(null, null, null, null, null) : body;
		DraftInput.Read read = DraftInput.read(request.projectId(), request.clientInn(), request.clientName(),
				request.lines(), request.validUntil());
		Quote quote = quotes.newVersion(id, read.draft(), read.problems());
		return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id())).body(QuoteView.of(quote));
	}

	@GetMapping
	@Operation(summary = "The latest version of each proposal the caller sees, newest first: q (number, client or "
			+ "ИНН), distributor=CODE (the manufacturer), sort=number|client|total|validUntil|createdAt, desc, page, size")
	Items<SummaryView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String distributor,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "false") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal CurrentUser me) {
		Long distributorId = null;
		if (distributor != null && !distributor.isBlank() && me.isManufacturer()) {
			distributorId = distributors.findByCodeOrInn(distributor).map(Distributor::id).orElse(-1L);
		}
		PageSlice<QuoteSummary> slice = quotes.find(new QuoteFilter(distributorId),
				new ListQuery(q, sort, desc, page, size));
		Map<Long, String> codes = QuotePages.codes(distributors);
		return new Items<>(slice.items()
			.stream()
			.map(s -> new SummaryView(s.id(), s.number(), s.version(), codes.getOrDefault(s.distributorId(), ""),
					s.clientInn(), s.clientName(), s.totalNet(), s.total(), s.validUntil().toString(),
					s.createdAt().toString(), s.createdBy()))
			.toList(), slice.page(), slice.size(), slice.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A version of a proposal with its lines, totals and the other versions")
	QuoteView get(@PathVariable long id) {
		return QuoteView.of(quotes.get(id));
	}

	@GetMapping("/{id}/pdf")
	@Operation(summary = "The version as a PDF")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Quote quote = quotes.find(id).orElseThrow(NotFoundException::new);
		return file(fileName(quote, "pdf"), MediaType.APPLICATION_PDF, quotes.pdf(id));
	}

	@GetMapping("/{id}/xlsx")
	@Operation(summary = "The version as an xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		Quote quote = quotes.find(id).orElseThrow(NotFoundException::new);
		return file(fileName(quote, "xlsx"), MediaType.parseMediaType(TableFiles.XLSX), quotes.xlsx(id));
	}

	/** {@code КП-ALFA-2026-7-v2.pdf}. */
	static String fileName(Quote quote, String extension) {
		return quote.number() + "-v" + quote.version() + "." + extension;
	}

	static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

}
