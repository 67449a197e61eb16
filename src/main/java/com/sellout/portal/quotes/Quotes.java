package com.sellout.portal.quotes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.Product;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.projects.ProjectForQuote;
import com.sellout.portal.projects.Projects;
import com.sellout.portal.quotes.QuoteDraft.DraftLine;
import com.sellout.portal.quotes.internal.QuoteBook;
import com.sellout.portal.quotes.internal.QuoteBook.NewQuote;
import com.sellout.portal.quotes.internal.QuotePdf;
import com.sellout.portal.quotes.internal.QuoteXlsx;
import com.sellout.portal.quotes.internal.RequisitesBook;
import com.sellout.portal.shared.Inn;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commercial proposals. A distributor's people (its administrator and managers) make them
 * for their distributor; the manufacturer's people read every distributor's and make
 * none; another distributor's proposal is missing (the database policy hides it). A new
 * number is {@code КП-<distributor code>-<year>-<n>}, n counting each distributor's
 * proposals of the year from 1 with no gap, even when two are made at once; a new version
 * keeps the number and takes the next version, and every earlier version stays as it was.
 */
@Service
public class Quotes {

	public static final BigDecimal DEFAULT_VAT_RATE = new BigDecimal("22");

	/** The VAT rates a line may have (Russian rates, 22 % from 2026). */
	public static final Set<BigDecimal> VAT_RATES = Set.of(BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("7"),
			new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("22"));

	public static final int DEFAULT_VALIDITY_DAYS = 30;

	public static final int MAX_LINES = 200;

	/** Dates of proposals are Moscow's. */
	static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private final QuoteBook book;

	private final RequisitesBook requisitesBook;

	private final QuoteRequisites requisites;

	private final Catalog catalog;

	private final Distributors distributors;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Projects projects;

	Quotes(QuoteBook book, RequisitesBook requisitesBook, QuoteRequisites requisites, Catalog catalog,
			Distributors distributors, AuditLog auditLog, Clock clock, Projects projects) {
		this.projects = projects;
		this.book = book;
		this.requisitesBook = requisitesBook;
		this.requisites = requisites;
		this.catalog = catalog;
		this.distributors = distributors;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Which proposals a list shows: one distributor's (the manufacturer's choice) or all.
	 */
	public record QuoteFilter(@Nullable Long distributorId) {
	}

	/**
	 * Makes a proposal of the caller's distributor from the draft: a bad field throws
	 * {@link InvalidFieldsException} naming each (message keys).
	 */
	@Transactional
	public Quote create(QuoteDraft draft) {
		return create(draft, List.of());
	}

	/**
	 * As {@link #create(QuoteDraft)}, with the problems the caller already found in what
	 * it read (a number that is no number): all are answered together.
	 */
	@Transactional
	public Quote create(QuoteDraft draft, List<FieldProblem> alreadyFound) {
		CurrentUser me = maker();
		long distributorId = me.distributorId();
		QuoteDraft asked = withProject(draft);
		Checked checked = check(asked, alreadyFound);
		int year = today().getYear();
		int seq = book.nextNumber(distributorId, year);
		String code = distributors.find(distributorId).orElseThrow(NotFoundException::new).code();
		String number = "КП-" + code + "-" + year + "-" + seq;
		long id = insert(me, number, year, seq, 1, asked.projectId(), checked);
		auditLog.record(AuditAction.QUOTE_CREATED, "quote", id, distributorId, number);
		return get(id);
	}

	/**
	 * The draft as a project fills it: a project the caller cannot see is missing; what
	 * the draft leaves out (client, lines) is the project's, each line at its list price.
	 */
	public QuoteDraft withProject(QuoteDraft draft) {
		if (draft.projectId() == null) {
			return draft;
		}
		ProjectForQuote project = projects.forQuote(draft.projectId()).orElseThrow(NotFoundException::new);
		String inn = isBlank(draft.clientInn()) ? project.clientInn() : draft.clientInn();
		String name = isBlank(draft.clientName()) ? project.clientName() : draft.clientName();
		List<DraftLine> lines = draft.lines().isEmpty()
				? project.lines().stream().map(item -> DraftLine.of(item.sku(), item.quantity())).toList()
				: draft.lines();
		return new QuoteDraft(project.id(), inn, name, lines, draft.validUntil());
	}

	/** The name of the project a proposal was made from, when the caller sees it. */
	public Optional<String> projectName(Quote quote) {
		return quote.projectId() == null ? Optional.empty()
				: projects.forQuote(quote.projectId()).map(ProjectForQuote::name);
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * A new version of a proposal: what the draft leaves out (client, lines, validity) is
	 * copied from the version it starts from; the number stays, the version is the next.
	 */
	@Transactional
	public Quote newVersion(long id, QuoteDraft draft, List<FieldProblem> alreadyFound) {
		CurrentUser me = maker();
		Quote base = get(id);
		QuoteDraft merged = new QuoteDraft(draft.projectId() != null ? draft.projectId() : base.projectId(),
				draft.clientInn() != null ? draft.clientInn() : base.clientInn(),
				draft.clientName() != null ? draft.clientName() : base.clientName(),
				draft.lines().isEmpty() && alreadyFound.stream().noneMatch(p -> p.field().startsWith("lines"))
						? base.lines()
							.stream()
							.map(l -> new DraftLine(l.sku(), l.quantity(), l.price(), l.discountPercent(), l.vatRate()))
							.toList()
						: draft.lines(),
				draft.validUntil() != null ? draft.validUntil()
						: base.validUntil().isBefore(today()) ? null : base.validUntil());
		Checked checked = check(merged, alreadyFound);
		int version = book.lockLatestVersion(base.distributorId(), base.number()) + 1;
		// КП-<code>-<year>-<n>: the code may hold a dash, the year and n do not
		String n = base.number();
		int last = n.lastIndexOf('-');
		int previous = n.lastIndexOf('-', last - 1);
		int year = Integer.parseInt(n.substring(previous + 1, last));
		int seq = Integer.parseInt(n.substring(last + 1));
		long newId = insert(me, base.number(), year, seq, version, merged.projectId(), checked);
		auditLog.record(AuditAction.QUOTE_VERSION_CREATED, "quote", newId, base.distributorId(),
				base.number() + " v" + version);
		return get(newId);
	}

	@Transactional(readOnly = true)
	public Optional<Quote> find(long id) {
		return book.find(id);
	}

	@Transactional(readOnly = true)
	public Quote get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/** The latest version of each number the caller sees, newest first unless sorted. */
	@Transactional(readOnly = true)
	public PageSlice<QuoteSummary> find(QuoteFilter filter, ListQuery query) {
		return book.find(filter.distributorId(), query);
	}

	@Transactional(readOnly = true)
	public List<QuoteSummary> all(QuoteFilter filter, ListQuery query) {
		return book.all(filter.distributorId(), query);
	}

	/** The version as a PDF (A4, DejaVu Sans from the application's resources). */
	@Transactional
	public byte[] pdf(long id) {
		Quote quote = get(id);
		byte[] logo = quote.logoId() == null ? null : requisites.logo(quote.logoId()).orElse(null);
		byte[] pdf = QuotePdf.render(quote, logo);
		auditLog.record(AuditAction.QUOTE_DOWNLOADED, "quote", id, quote.distributorId(), quote.number() + " pdf");
		return pdf;
	}

	@Transactional
	public byte[] xlsx(long id) {
		Quote quote = get(id);
		byte[] xlsx = QuoteXlsx.write(quote);
		auditLog.record(AuditAction.QUOTE_DOWNLOADED, "quote", id, quote.distributorId(), quote.number() + " xlsx");
		return xlsx;
	}

	/** Today where the proposals are dated. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private long insert(CurrentUser me, String number, int year, int seq, int version, @Nullable Long projectId,
			Checked checked) {
		long distributorId = me.distributorId();
		QuoteTotals totals = QuoteTotals
			.of(checked.lines().stream().map(l -> new QuoteTotals.LineSums(l.net(), l.vat(), l.total())).toList());
		Requisites manufacturer = requisites.manufacturer();
		Requisites supplier = requisites.distributor(distributorId);
		return book.insert(new NewQuote(distributorId, number, year, seq, version, projectId, checked.clientInn(),
				checked.clientName(), checked.validUntil(), totals, requisitesBook.manufacturerLogoId(), me.id(),
				me.name()), checked.lines(), manufacturer, supplier);
	}

	private record Checked(String clientInn, String clientName, List<QuoteLine> lines, LocalDate validUntil) {
	}

	private Checked check(QuoteDraft draft, List<FieldProblem> alreadyFound) {
		List<FieldProblem> problems = new ArrayList<>(alreadyFound);
		String inn = text(draft.clientInn());
		if (inn == null) {
			add(problems, "clientInn", "quotes.error.clientInn.required");
		}
		else if (!Inn.isValid(inn)) {
			add(problems, "clientInn", "quotes.error.clientInn.invalid");
		}
		String name = text(draft.clientName());
		if (name == null) {
			add(problems, "clientName", "quotes.error.clientName.required");
		}
		else if (name.length() > 255) {
			add(problems, "clientName", "quotes.error.tooLong");
		}
		if (draft.lines().isEmpty()) {
			add(problems, "lines", "quotes.error.lines.required");
		}
		else if (draft.lines().size() > MAX_LINES) {
			add(problems, "lines", "quotes.error.lines.tooMany");
		}
		List<QuoteLine> lines = new ArrayList<>();
		for (int i = 0; i < draft.lines().size() && i < MAX_LINES; i++) {
			QuoteLine line = line(i, draft.lines().get(i), problems);
			if (line != null) {
				lines.add(line);
			}
		}
		LocalDate validUntil = draft.validUntil();
		LocalDate today = today();
		if (validUntil == null && problems.stream().noneMatch(p -> p.field().equals("validUntil"))) {
			validUntil = today.plusDays(DEFAULT_VALIDITY_DAYS);
		}
		else if (validUntil != null && validUntil.isBefore(today)) {
			add(problems, "validUntil", "quotes.error.validUntil.past");
		}
		else if (validUntil != null && validUntil.isAfter(today.plusYears(1))) {
			add(problems, "validUntil", "quotes.error.validUntil.far");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return new Checked(inn, name, lines, validUntil);
	}

	private @Nullable QuoteLine line(int i, DraftLine draft, List<FieldProblem> problems) {
		String at = "lines[" + i + "].";
		int before = problems.size();
		boolean named = problems.stream().anyMatch(p -> p.field().startsWith(at));
		String sku = text(draft.sku());
		Product product = null;
		if (sku == null) {
			add(problems, at + "sku", "quotes.error.sku.required");
		}
		else {
			product = catalog.findBySku(sku).orElse(null);
			if (product == null) {
				add(problems, at + "sku", "quotes.error.sku.unknown");
			}
			else if (!product.active()) {
				add(problems, at + "sku", "quotes.error.sku.inactive");
			}
		}
		BigDecimal quantity = draft.quantity();
		if (quantity == null) {
			add(problems, at + "quantity", "quotes.error.quantity.required");
		}
		else if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3
				|| quantity.compareTo(MAX_AMOUNT) >= 0) {
			add(problems, at + "quantity", "quotes.error.quantity.invalid");
		}
		BigDecimal price = draft.price();
		if (price == null && product != null) {
			price = product.listPrice();
			if (price == null) {
				add(problems, at + "price", "quotes.error.price.noListPrice");
			}
		}
		else if (price != null
				&& (price.signum() < 0 || price.stripTrailingZeros().scale() > 2 || price.compareTo(MAX_AMOUNT) >= 0)) {
			add(problems, at + "price", "quotes.error.price.invalid");
		}
		BigDecimal discount = draft.discountPercent() == null ? BigDecimal.ZERO : draft.discountPercent();
		if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || discount.stripTrailingZeros().scale() > 2) {
			add(problems, at + "discountPercent", "quotes.error.discount.invalid");
		}
		BigDecimal rate = draft.vatRate() == null ? DEFAULT_VAT_RATE : draft.vatRate();
		if (VAT_RATES.stream().noneMatch(r -> r.compareTo(rate) == 0)) {
			add(problems, at + "vatRate", "quotes.error.vatRate.invalid");
		}
		if (named || problems.size() > before || product == null || quantity == null || price == null) {
			return null;
		}
		QuoteTotals.LineSums sums = QuoteTotals.line(quantity, price, discount, rate);
		return new QuoteLine(i + 1, product.sku(), product.name(), product.unit() == null ? "шт" : product.unit(),
				quantity, price, discount, rate, sums.net(), sums.vat(), sums.total());
	}

	private static void add(List<FieldProblem> problems, String field, String key) {
		if (problems.stream().noneMatch(p -> p.field().equals(field))) {
			problems.add(new FieldProblem(field, key));
		}
	}

	private static CurrentUser maker() {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if ((me.role() != Role.DISTRIBUTOR_ADMIN && me.role() != Role.DISTRIBUTOR_MANAGER)
				|| me.distributorId() == null) {
			throw new AccessDeniedException("Proposals are made by a distributor's people");
		}
		return me;
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
