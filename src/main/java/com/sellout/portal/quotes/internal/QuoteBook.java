package com.sellout.portal.quotes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.quotes.Quote;
import com.sellout.portal.quotes.QuoteLine;
import com.sellout.portal.quotes.QuoteSummary;
import com.sellout.portal.quotes.QuoteTotals;
import com.sellout.portal.quotes.Requisites;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The proposals' tables. Every statement runs under the caller's scope: the database
 * policies show a distributor's people their distributor's proposals only.
 */
@Repository
public class QuoteBook {

	private static final Map<String, String> SORTABLE = Map.of("number", "q.year, q.seq", "client", "q.client_name",
			"total", "q.total", "validUntil", "q.valid_until", "createdAt", "q.created_at");

	private static final String SUMMARY = """
			select q.id, q.number, q.version, q.distributor_id, q.client_inn, q.client_name, q.total_net, q.total,
			       q.valid_until, q.created_at, q.created_by_name as created_by
			  from quotes q""";

	/** Only the latest version of each number, and the list's conditions. */
	private static final String WHERE = " " + """
			where not exists (select 1 from quotes n where n.distributor_id = q.distributor_id and n.number = q.number
			                     and n.version > q.version)
			  and (cast(:distributor as bigint) is null or q.distributor_id = :distributor)
			  and (cast(:search as text) is null or q.search_text like :search)""";

	private final JdbcClient jdbc;

	QuoteBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new number's n: the distributor's next for the year, its counter row locked until
	 * commit.
	 */
	public int nextNumber(long distributorId, int year) {
		return jdbc.sql("""
				insert into quote_counters (distributor_id, year, last_number) values (?, ?, 1)
				on conflict (distributor_id, year) do update set last_number = quote_counters.last_number + 1
				returning last_number""").params(distributorId, year).query(Integer.class).single();
	}

	/**
	 * The latest version of a number, its row locked so that two new versions never share
	 * one.
	 */
	public int lockLatestVersion(long distributorId, String number) {
		return jdbc
			.sql("select version from quotes where distributor_id = ? and number = ? order by version desc limit 1"
					+ " for update")
			.params(distributorId, number)
			.query(Integer.class)
			.single();
	}

	public record NewQuote(long distributorId, String number, int year, int seq, int version, @Nullable Long projectId,
			String clientInn, String clientName, LocalDate validUntil, QuoteTotals totals, @Nullable Long logoId,
			long createdBy, String createdByName) {
	}

	public long insert(NewQuote quote, List<QuoteLine> lines, Requisites manufacturer, Requisites supplier) {
		long id = jdbc.sql("""
				insert into quotes (distributor_id, number, year, seq, version, project_id, client_inn, client_name,
				                    valid_until, total_net, vat, total, logo_id, created_by, created_by_name,
				                    search_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(quote.distributorId(), quote.number(), quote.year(), quote.seq(), quote.version(),
					quote.projectId(), quote.clientInn(), quote.clientName(), quote.validUntil(), quote.totals().net(),
					quote.totals().vat(), quote.totals().total(), quote.logoId(), quote.createdBy(),
					quote.createdByName(),
					(quote.number() + " " + quote.clientName() + " " + quote.clientInn()).toLowerCase(Locale.ROOT))
			.query(Long.class)
			.single();
		for (QuoteLine line : lines) {
			jdbc.sql("""
					insert into quote_lines (quote_id, distributor_id, line_no, sku, name, unit, quantity, price,
					                         discount_percent, vat_rate, net, vat, total)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, quote.distributorId(), line.lineNo(), line.sku(), line.name(), line.unit(), line.quantity(),
						line.price(), line.discountPercent(), line.vatRate(), line.net(), line.vat(), line.total())
				.update();
		}
		party(id, quote.distributorId(), "MANUFACTURER", manufacturer);
		party(id, quote.distributorId(), "SUPPLIER", supplier);
		return id;
	}

	private void party(long quoteId, long distributorId, String role, Requisites r) {
		jdbc.sql("""
				insert into quote_parties (quote_id, distributor_id, role, name, inn, kpp, address, bank, bik, account,
				                           corr_account, phone, email)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(quoteId, distributorId, role, r.name(), r.inn(), r.kpp(), r.address(), r.bank(), r.bik(),
					r.account(), r.corrAccount(), r.phone(), r.email())
			.update();
	}

	private record Head(long id, String number, int version, long distributorId, @Nullable Long projectId,
			String clientInn, String clientName, LocalDate validUntil, BigDecimal totalNet, BigDecimal vat,
			BigDecimal total, OffsetDateTime createdAt, String createdByName, @Nullable Long logoId) {
	}

	public Optional<Quote> find(long id) {
		return jdbc.sql("""
				select id, number, version, distributor_id, project_id, client_inn, client_name, valid_until, total_net,
				       vat, total, created_at, created_by_name, logo_id
				  from quotes where id = ?""").param(id).query(Head.class).optional().map(this::whole);
	}

	private Quote whole(Head h) {
		List<QuoteLine> lines = jdbc.sql("""
				select line_no, sku, name, unit, quantity, price, discount_percent, vat_rate, net, vat, total
				  from quote_lines where quote_id = ? order by line_no""").param(h.id()).query(QuoteLine.class).list();
		Requisites manufacturer = party(h.id(), "MANUFACTURER");
		Requisites supplier = party(h.id(), "SUPPLIER");
		List<Quote.QuoteVersion> versions = jdbc.sql("""
				select id, version, created_at, total from quotes where distributor_id = ? and number = ?
				 order by version""").params(h.distributorId(), h.number()).query(Quote.QuoteVersion.class).list();
		return new Quote(h.id(), h.number(), h.version(), h.distributorId(), h.projectId(), h.clientInn(),
				h.clientName(), h.validUntil(), h.totalNet(), h.vat(), h.total(), AmountInWords.of(h.total()),
				h.createdAt(), h.createdByName(), lines, manufacturer, supplier, h.logoId(), versions);
	}

	private Requisites party(long quoteId, String role) {
		return jdbc.sql("""
				select name, inn, kpp, address, bank, bik, account, corr_account, phone, email
				  from quote_parties where quote_id = ? and role = ?""")
			.params(quoteId, role)
			.query(Requisites.class)
			.optional()
			.orElse(Requisites.named(""));
	}

	public PageSlice<QuoteSummary> find(@Nullable Long distributorId, ListQuery query) {
		long total = jdbc.sql("select count(*) from quotes q" + WHERE)
			.param("distributor", distributorId)
			.param("search", query.likePattern())
			.query(Long.class)
			.single();
		List<QuoteSummary> rows = jdbc.sql(SUMMARY + WHERE + order(query) + " limit :limit offset :offset")
			.param("distributor", distributorId)
			.param("search", query.likePattern())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(QuoteSummary.class)
			.list();
		return new PageSlice<>(rows, query.page(), query.size(), total);
	}

	/** Every row of the list's selection, for its export. */
	public List<QuoteSummary> all(@Nullable Long distributorId, ListQuery query) {
		return jdbc.sql(SUMMARY + WHERE + order(query))
			.param("distributor", distributorId)
			.param("search", query.likePattern())
			.query(QuoteSummary.class)
			.list();
	}

	private static String order(ListQuery query) {
		String column = SORTABLE.get(query.sortOr(Set.copyOf(SORTABLE.keySet()), "createdAt"));
		String direction = query.sort() == null ? "desc" : query.direction();
		return " order by " + column.replace(",", " " + direction + ",") + " " + direction + ", q.id " + direction;
	}

}
