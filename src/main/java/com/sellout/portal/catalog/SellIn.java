package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.reading.CellValues;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sell-in: the manufacturer's shipments to distributors, from its ERP. A document is
 * stored whole or not at all; sent again (same distributor and number) it replaces its
 * earlier lines. Distributors see only their own.
 */
@Service
public class SellIn {

	private static final Set<String> SORTABLE = Set.of("document_date", "document_no", "sku", "quantity", "amount");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Distributors distributors;

	private final ApplicationEventPublisher events;

	SellIn(JdbcClient jdbc, JdbcTemplate batch, Distributors distributors, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.distributors = distributors;
		this.events = events;
	}

	/**
	 * A line as delivered, before checking.
	 *
	 * @param line where it was: the file's row number or the position in the request,
	 * from 1
	 */
	public record Incoming(int line, String distributor, String documentNo, String date, String sku, String quantity,
			String amount) {
	}

	/**
	 * Stores the valid documents among the lines; a document with any refused line is
	 * refused whole.
	 */
	@Transactional
	public SellInDelivery deliver(List<Incoming> incoming) {
		Catalog.requireManufacturer();
		List<SellInDelivery.Problem> problems = new ArrayList<>();
		Map<String, Long> productIds = productIds(incoming);
		Map<DocumentKey, List<Checked>> documents = new LinkedHashMap<>();
		Map<DocumentKey, Boolean> refused = new HashMap<>();
		Map<String, Distributor> byKey = new HashMap<>();
		for (Incoming line : incoming) {
			List<SellInDelivery.Problem> lineProblems = new ArrayList<>();
			Distributor distributor = line.distributor() == null || line.distributor().isBlank() ? null
					: byKey.computeIfAbsent(line.distributor().strip().toUpperCase(),
							key -> distributors.findByCodeOrInn(key).orElse(null));
			if (distributor == null) {
				lineProblems.add(problem(line, "distributor", "sellin.unknownDistributor", line.distributor()));
			}
			String documentNo = line.documentNo() == null ? "" : line.documentNo().strip();
			if (documentNo.isEmpty() || documentNo.length() > 64) {
				lineProblems.add(problem(line, "document_no", "sellin.badDocument", documentNo));
			}
			LocalDate date = CellValues.date(line.date()).orElse(null);
			if (date == null) {
				lineProblems.add(problem(line, "date", "sellin.badDate", line.date()));
			}
			Long productId = line.sku() == null ? null : productIds.get(line.sku().strip());
			if (productId == null) {
				lineProblems.add(problem(line, "sku", "sellin.unknownSku", line.sku()));
			}
			BigDecimal quantity = CellValues.decimal(line.quantity()).orElse(null);
			if (quantity == null) {
				lineProblems.add(problem(line, "quantity", "sellin.badNumber", line.quantity()));
			}
			BigDecimal amount = CellValues.decimal(line.amount()).orElse(null);
			if (amount == null) {
				lineProblems.add(problem(line, "amount", "sellin.badNumber", line.amount()));
			}
			if (distributor == null || documentNo.isEmpty()) {
				problems.addAll(lineProblems);
				continue;
			}
			DocumentKey key = new DocumentKey(distributor.id(), documentNo);
			documents.computeIfAbsent(key, k -> new ArrayList<>());
			if (!lineProblems.isEmpty()) {
				problems.addAll(lineProblems);
				refused.put(key, true);
				continue;
			}
			documents.get(key).add(new Checked(line.line(), date, productId, quantity, amount));
		}
		int stored = 0;
		int lines = 0;
		int replaced = 0;
		Set<SellInChanged> changed = new LinkedHashSet<>();
		for (Map.Entry<DocumentKey, List<Checked>> document : documents.entrySet()) {
			DocumentKey key = document.getKey();
			if (refused.containsKey(key)) {
				for (Checked line : document.getValue()) {
					problems.add(new SellInDelivery.Problem(line.line(), "document_no", "sellin.documentRefused",
							key.number()));
				}
				continue;
			}
			jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
				.param(key.distributorId() + "/" + key.number())
				.query(Object.class)
				.list();
			List<LocalDate> deleted = jdbc
				.sql("delete from sell_in_lines where distributor_id = ? and document_no = ? returning document_date")
				.params(key.distributorId(), key.number())
				.query(LocalDate.class)
				.list();
			replaced += deleted.isEmpty() ? 0 : 1;
			deleted.forEach(date -> changed.add(new SellInChanged(key.distributorId(), YearMonth.from(date))));
			List<Object[]> rows = new ArrayList<>();
			int lineNo = 0;
			for (Checked line : document.getValue()) {
				rows.add(new Object[] { key.distributorId(), key.number(), line.date(), ++lineNo, line.productId(),
						line.quantity(), line.amount() });
				changed.add(new SellInChanged(key.distributorId(), YearMonth.from(line.date())));
			}
			batch.batchUpdate(
					"""
							insert into sell_in_lines (distributor_id, document_no, document_date, line_no, product_id, quantity, amount)
							values (?, ?, ?, ?, ?, ?, ?)""",
					rows);
			stored++;
			lines += rows.size();
		}
		problems.sort(Comparator.comparingInt(SellInDelivery.Problem::line));
		changed.forEach(events::publishEvent);
		return new SellInDelivery(stored, lines, replaced, problems);
	}

	/**
	 * Filters of the sell-in list; any may be null. With {@code transitDays} the period
	 * selects the documents that arrive in it — dated that many days earlier — as the
	 * channel inventory counts them.
	 */
	public record SellInFilter(Long distributorId, YearMonth period, String documentNo, int transitDays) {

		public SellInFilter(Long distributorId, YearMonth period, String documentNo) {
			this(distributorId, period, documentNo, 0);
		}

		/** The first document date selected, or null. */
		public LocalDate from() {
			return period == null ? null : period.atDay(1).minusDays(transitDays);
		}

		/** The last document date selected, or null. */
		public LocalDate to() {
			return period == null ? null : period.atEndOfMonth().minusDays(transitDays);
		}

	}

	/** Totals of what the filter selects. */
	public record Totals(long lines, BigDecimal quantity, BigDecimal amount) {
	}

	@Transactional(readOnly = true)
	public PageSlice<SellInLine> find(SellInFilter filter, ListQuery query) {
		var rows = jdbc.sql("""
				select s.id, s.distributor_id, s.document_no, s.document_date, s.line_no, p.sku, p.name as product_name,
				       s.quantity, s.amount
				  from sell_in_lines s join products p on p.id = s.product_id""" + where() + " order by "
				+ query.sortOr(SORTABLE, "document_date") + " " + query.direction()
				+ ", s.document_no, s.line_no limit :limit offset :offset");
		bind(rows, filter, query);
		List<SellInLine> items = rows.param("limit", query.size())
			.param("offset", query.offset())
			.query(SellInLine.class)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), totals(filter, query).lines());
	}

	@Transactional(readOnly = true)
	public Totals totals(SellInFilter filter, ListQuery query) {
		var spec = jdbc.sql("select count(*) as lines, coalesce(sum(s.quantity), 0) as quantity, "
				+ "coalesce(sum(s.amount), 0) as amount from sell_in_lines s join products p on p.id = s.product_id"
				+ where());
		bind(spec, filter, query);
		return spec.query(Totals.class).single();
	}

	private static String where() {
		return " "
				+ """
						where (:all or s.distributor_id = :own)
						  and (cast(:distributor as bigint) is null or s.distributor_id = :distributor)
						  and (cast(:from as date) is null or s.document_date >= :from)
						  and (cast(:to as date) is null or s.document_date <= :to)
						  and (cast(:document as text) is null or s.document_no = :document)
						  and (cast(:search as text) is null or lower(p.sku || ' ' || p.name || ' ' || s.document_no) like :search)""";
	}

	private static void bind(JdbcClient.StatementSpec spec, SellInFilter filter, ListQuery query) {
		DataScope scope = DataScopes.current();
		spec.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("distributor", filter.distributorId())
			.param("from", filter.from())
			.param("to", filter.to())
			.param("document", filter.documentNo())
			.param("search", query.likePattern());
	}

	private Map<String, Long> productIds(List<Incoming> incoming) {
		Map<String, Long> ids = new HashMap<>();
		String[] skus = incoming.stream()
			.map(Incoming::sku)
			.filter(s -> s != null && !s.isBlank())
			.map(String::strip)
			.distinct()
			.toArray(String[]::new);
		jdbc.sql("select id, sku from products where sku = any(?)").param(skus).query(rs -> {
			ids.put(rs.getString("sku"), rs.getLong("id"));
		});
		return ids;
	}

	private static SellInDelivery.Problem problem(Incoming line, String field, String key, String value) {
		return new SellInDelivery.Problem(line.line(), field, key, value);
	}

	private record DocumentKey(long distributorId, String number) {
	}

	private record Checked(int line, LocalDate date, long productId, BigDecimal quantity, BigDecimal amount) {
	}

}
