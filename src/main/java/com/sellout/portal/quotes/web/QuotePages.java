package com.sellout.portal.quotes.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.Catalog.ProductFilter;
import com.sellout.portal.catalog.Product;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.quotes.Quote;
import com.sellout.portal.quotes.QuoteDraft;
import com.sellout.portal.quotes.QuoteLine;
import com.sellout.portal.quotes.QuoteSummary;
import com.sellout.portal.quotes.Quotes;
import com.sellout.portal.quotes.Quotes.QuoteFilter;
import com.sellout.portal.shared.DateTexts;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.TableFiles;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Коммерческие предложения»: the list (search, distributor for the manufacturer, sort,
 * pages, export of exactly those rows), the form of a new proposal and of a new version
 * (client, lines with a product picker, validity), a proposal's page (lines, totals, the
 * total in words, its versions, PDF and xlsx). Another distributor's proposal is missing.
 */
@Controller
@RequestMapping("/quotes")
class QuotePages {

	static final int PAGE_SIZE = 20;

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	/** Blank rows a new form starts with. */
	static final int BLANK_ROWS = 3;

	private final Quotes quotes;

	private final Catalog catalog;

	private final Distributors distributors;

	private final MessageSource messages;

	QuotePages(Quotes quotes, Catalog catalog, Distributors distributors, MessageSource messages) {
		this.quotes = quotes;
		this.catalog = catalog;
		this.distributors = distributors;
		this.messages = messages;
	}

	/**
	 * The list's address: q, distributor (the manufacturer's), sort, desc, page, size.
	 */
	record ListParams(@Nullable String q, @Nullable Long distributor, @Nullable String sort, Boolean desc, Integer page,
			@Nullable Integer size) {

		ListParams {
			desc = desc != null && desc;
			page = page == null ? 0 : page;
		}

		ListQuery query() {
			return new ListQuery(q, sort, desc, page, ListQuery.sizeOr(size, PAGE_SIZE));
		}

	}

	/** A row of the form as typed. */
	record RowForm(String sku, String quantity, String price, String discountPercent, String vatRate) {

		static RowForm blank() {
			return new RowForm("", "", "", "", "");
		}

		static RowForm of(QuoteDraft.DraftLine l) {
			return new RowForm(String.valueOf(l.sku()), l.quantity() == null ? "" : plain(l.quantity()), "", "", "");
		}

		static RowForm of(QuoteLine l) {
			return new RowForm(l.sku(), plain(l.quantity()), plain(l.price()), plain(l.discountPercent()),
					plain(l.vatRate()));
		}

		boolean isBlank() {
			return (sku + quantity + price + discountPercent + vatRate).isBlank();
		}

		private static String plain(BigDecimal value) {
			return value.stripTrailingZeros().toPlainString().replace('.', ',');
		}

	}

	/** The whole form as typed. */
	record QuoteForm(@Nullable Long projectId, String clientInn, String clientName, String validUntil,
			List<RowForm> rows) {
	}

	@GetMapping
	String list(@ModelAttribute ListParams params, @AuthenticationPrincipal CurrentUser me,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("nav", "quotes");
		model.addAttribute("params", params);
		model.addAttribute("page", quotes.find(filter(params, me), params.query()));
		model.addAttribute("codes", codes(distributors));
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		model.addAttribute("maker", maker(me));
		return htmx != null ? "quotes/list :: table" : "quotes/list";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute ListParams params, @AuthenticationPrincipal CurrentUser me,
			Locale locale) {
		return export(params, me, locale, "csv");
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute ListParams params, @AuthenticationPrincipal CurrentUser me,
			Locale locale) {
		return export(params, me, locale, "xlsx");
	}

	private ResponseEntity<byte[]> export(ListParams params, CurrentUser me, Locale locale, String format) {
		Map<Long, String> codes = codes(distributors);
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of(text("quotes.number", locale), text("quotes.version", locale),
				text("quotes.distributor", locale), text("quotes.clientInn", locale), text("quotes.clientName", locale),
				text("quotes.totalNet", locale), text("quotes.total", locale), text("quotes.validUntil", locale),
				text("quotes.createdAt", locale), text("quotes.createdBy", locale)));
		for (QuoteSummary s : quotes.all(filter(params, me), params.query())) {
			table.add(List.of(s.number(), s.version(), codes.getOrDefault(s.distributorId(), ""), s.clientInn(),
					s.clientName(), s.totalNet(), s.total(), s.validUntil(),
					s.createdAt().atZoneSameInstant(MOSCOW).toLocalDate(), s.createdBy()));
		}
		Long distributor = me.isManufacturer() ? params.distributor() : me.distributorId();
		String name = ExportNames.of(format, "quotes", distributor == null ? "all" : codes.get(distributor));
		boolean csv = format.equals("csv");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(name))
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
					: MediaType.parseMediaType(TableFiles.XLSX))
			.body(csv ? TableFiles.csv(table) : TableFiles.xlsx(text("quotes.title", locale), table));
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable Long project, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		String validUntil = DateTexts.shown(quotes.today().plusDays(Quotes.DEFAULT_VALIDITY_DAYS));
		requireMaker(me);
		List<RowForm> rows = new ArrayList<>();
		String clientInn = "";
		String clientName = "";
		if (project != null) {
			QuoteDraft draft = quotes.withProject(new QuoteDraft(project, null, null, List.of(), null));
			clientInn = String.valueOf(draft.clientInn());
			clientName = String.valueOf(draft.clientName());
			draft.lines().forEach(line -> rows.add(RowForm.of(line)));
		}
		while (rows.size() < BLANK_ROWS) {
			rows.add(RowForm.blank());
		}
		return form(new QuoteForm(project, clientInn, clientName, validUntil, rows), null, Map.of(), me, model);
	}

	@PostMapping
	String create(HttpServletRequest request, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale,
			RedirectAttributes flash) {
		QuoteForm form = read(request);
		DraftInput.Read read = read(form);
		try {
			Quote quote = quotes.create(read.draft(), read.problems());
			flash.addFlashAttribute("notice", "quotes.created");
			return "redirect:/quotes/" + quote.id();
		}
		catch (InvalidFieldsException invalid) {
			return form(form, null, errors(invalid, locale), me, model);
		}
	}

	@GetMapping("/{id}")
	String card(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		Quote quote = quotes.get(id);
		model.addAttribute("nav", "quotes");
		model.addAttribute("quote", quote);
		model.addAttribute("code", codes(distributors).get(quote.distributorId()));
		model.addAttribute("maker", maker(me));
		model.addAttribute("project", quotes.projectName(quote).orElse(null));
		return "quotes/card";
	}

	@GetMapping("/{id}/versions/new")
	String versionForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		Quote base = quotes.get(id);
		requireMaker(me);
		List<RowForm> rows = new ArrayList<>(base.lines().stream().map(RowForm::of).toList());
		rows.add(RowForm.blank());
		String validUntil = DateTexts.shown(base.validUntil().isBefore(quotes.today())
				? quotes.today().plusDays(Quotes.DEFAULT_VALIDITY_DAYS) : base.validUntil());
		return form(new QuoteForm(base.projectId(), base.clientInn(), base.clientName(), validUntil, rows), base,
				Map.of(), me, model);
	}

	@PostMapping("/{id}/versions")
	String createVersion(@PathVariable long id, HttpServletRequest request, @AuthenticationPrincipal CurrentUser me,
			Model model, Locale locale, RedirectAttributes flash) {
		Quote base = quotes.get(id);
		QuoteForm form = read(request);
		DraftInput.Read read = read(form);
		try {
			Quote quote = quotes.newVersion(id, read.draft(), read.problems());
			flash.addFlashAttribute("notice", "quotes.versionCreated");
			return "redirect:/quotes/" + quote.id();
		}
		catch (InvalidFieldsException invalid) {
			return form(form, base, errors(invalid, locale), me, model);
		}
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Quote quote = quotes.find(id).orElseThrow(NotFoundException::new);
		return QuoteApi.file(QuoteApi.fileName(quote, "pdf"), MediaType.APPLICATION_PDF, quotes.pdf(id));
	}

	@GetMapping("/{id}/xlsx")
	ResponseEntity<byte[]> downloadXlsx(@PathVariable long id) {
		Quote quote = quotes.find(id).orElseThrow(NotFoundException::new);
		return QuoteApi.file(QuoteApi.fileName(quote, "xlsx"), MediaType.parseMediaType(TableFiles.XLSX),
				quotes.xlsx(id));
	}

	private String form(QuoteForm form, @Nullable Quote base, Map<String, String> errors, CurrentUser me, Model model) {
		model.addAttribute("nav", "quotes");
		model.addAttribute("form", form);
		model.addAttribute("base", base);
		model.addAttribute("errors", errors);
		model.addAttribute("maker", maker(me));
		model.addAttribute("products",
				catalog.find(new ProductFilter(null, true), new ListQuery(null, "sku", false, 0, ListQuery.MAX_SIZE))
					.items());
		return "quotes/form";
	}

	/**
	 * The form's fields: clientInn, clientName, validUntil and per row i sku_i,
	 * quantity_i, price_i, discount_i, vat_i (names a CSS selector takes as they are).
	 * Blank rows are left out, the others kept in their order — the order errors name
	 * them in.
	 */
	static QuoteForm read(HttpServletRequest request) {
		TreeMap<Integer, RowForm> rows = new TreeMap<>();
		for (String name : request.getParameterMap().keySet()) {
			if (name.startsWith("sku_")) {
				try {
					int i = Integer.parseInt(name.substring(4));
					if (i >= 0 && i < Quotes.MAX_LINES * 2) {
						RowForm row = new RowForm(param(request, "sku_" + i), param(request, "quantity_" + i),
								param(request, "price_" + i), param(request, "discount_" + i),
								param(request, "vat_" + i));
						if (!row.isBlank()) {
							rows.put(i, row);
						}
					}
				}
				catch (NumberFormatException ex) {
					// not a row of ours
				}
			}
		}
		return new QuoteForm(projectId(param(request, "projectId")), param(request, "clientInn"),
				param(request, "clientName"), param(request, "validUntil"), new ArrayList<>(rows.values()));
	}

	private static @Nullable Long projectId(String text) {
		try {
			return text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
	}

	private static DraftInput.Read read(QuoteForm form) {
		List<DraftInput.LineInput> lines = form.rows()
			.stream()
			.map(r -> new DraftInput.LineInput(r.sku(), r.quantity(), r.price(), r.discountPercent(), r.vatRate()))
			.toList();
		return DraftInput.read(form.projectId(), form.clientInn(), form.clientName(), lines, form.validUntil());
	}

	/**
	 * Field → reason, the lines' fields by the form's names ({@code lines[0].price} →
	 * price_0).
	 */
	private Map<String, String> errors(InvalidFieldsException invalid, Locale locale) {
		return invalid.problems()
			.stream()
			.collect(Collectors.toMap(p -> formName(p.field()), p -> text(p.message(), locale), (a, b) -> a + " " + b,
					LinkedHashMap::new));
	}

	static String formName(String field) {
		if (!field.startsWith("lines[")) {
			return field;
		}
		int close = field.indexOf(']');
		if (close < 0 || close + 2 > field.length()) {
			return field;
		}
		String index = field.substring(6, close);
		String name = field.substring(close + 2);
		return switch (name) {
			case "discountPercent" -> "discount_" + index;
			case "vatRate" -> "vat_" + index;
			default -> name + "_" + index;
		};
	}

	private static String param(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return value == null ? "" : value;
	}

	private static QuoteFilter filter(ListParams params, CurrentUser me) {
		return new QuoteFilter(me.isManufacturer() ? params.distributor() : null);
	}

	/** A distributor's people make proposals; the manufacturer's read them. */
	static boolean maker(CurrentUser me) {
		return me.role() == Role.DISTRIBUTOR_ADMIN || me.role() == Role.DISTRIBUTOR_MANAGER;
	}

	private static void requireMaker(CurrentUser me) {
		if (!maker(me)) {
			throw new AccessDeniedException("Proposals are made by a distributor's people");
		}
	}

	static Map<Long, String> codes(Distributors distributors) {
		return distributors.all().stream().collect(Collectors.toMap(Distributor::id, Distributor::code));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** The product picker's label of a product: its name and list price. */
	static String label(Product product) {
		return product.name();
	}

}
