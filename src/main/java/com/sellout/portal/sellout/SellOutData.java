package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.sellout.internal.LineValues;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All accepted sell-out lines of the active reports in one view: filtered by period
 * range, distributor, client, product group, product, region, segment and deviations,
 * with totals, sorting and paging — and the same rows for export. A distributor sees its
 * own lines only (its scope and row-level security).
 */
@Service
public class SellOutData {

	/** The lines' alias in every statement here. */
	private static final String L = "l";

	private static final Map<String, String> SORTS = Map.of("sale_date", LineColumn.SALE_DATE.in(L), "distributor",
			"d.code", "client", LineColumn.CLIENT_NAME.in(L), "sku", LineColumn.SKU.in(L), "region",
			LineColumn.REGION_CODE.in(L), "quantity", LineColumn.QUANTITY.in(L), "amount", LineColumn.AMOUNT_NET.in(L),
			"below", LineColumn.BELOW_FLOOR_PCT.in(L));

	private final JdbcClient jdbc;

	private final ProductGroups groups;

	private final ManagerScopes managers;

	SellOutData(JdbcClient jdbc, ProductGroups groups, ManagerScopes managers) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.managers = managers;
	}

	/**
	 * What the view shows; every part optional. {@code client} finds an ИНН by its start
	 * or a name by a part of it; {@code inn} is one client's ИНН exactly (where the
	 * analytics drill down to); a region, segment or SKU of {@value #NONE} selects the
	 * lines without one; {@code currency} {@code RUB} the lines in roubles,
	 * {@value #OTHER_CURRENCY} those in any other currency.
	 */
	public record DataFilter(YearMonth from, YearMonth to, Long distributorId, String client, Long groupId, String sku,
			String regionCode, String segment, boolean deviationsOnly, String inn, String currency) {

		/** The filter of the view before it knew exact ИНН and currency. */
		public DataFilter(YearMonth from, YearMonth to, Long distributorId, String client, Long groupId, String sku,
				String regionCode, String segment, boolean deviationsOnly) {
			this(from, to, distributorId, client, groupId, sku, regionCode, segment, deviationsOnly, null, null);
		}

		/**
		 * Whether the filter looks into lines for more than deviations (which have an
		 * index of their own).
		 */
		boolean filtersLinesBeyondDeviations() {
			return filtersLines() && !(deviationsOnly && (client == null || client.isBlank()) && groupId == null
					&& (sku == null || sku.isBlank()) && (regionCode == null || regionCode.isBlank())
					&& (segment == null || segment.isBlank()) && (inn == null || inn.isBlank())
					&& (currency == null || currency.isBlank()));
		}

		/** Whether the filter looks into lines, not only at which reports count. */
		boolean filtersLines() {
			return (client != null && !client.isBlank()) || groupId != null || (sku != null && !sku.isBlank())
					|| (regionCode != null && !regionCode.isBlank()) || (segment != null && !segment.isBlank())
					|| deviationsOnly || (inn != null && !inn.isBlank()) || (currency != null && !currency.isBlank());
		}

	}

	/** A region, segment or SKU filter of lines without one. */
	public static final String NONE = "-";

	/** The currency filter of the lines in any currency but the rouble. */
	public static final String OTHER_CURRENCY = "other";

	/** The rouble: the lines' currency where they name none. */
	private static final String RUB = "RUB";

	/**
	 * One accepted line — every value of the {@link LineColumn catalogue} — with its
	 * report's distributor and period.
	 */
	public record DataLine(long reportId, int lineNo, String distributor, String period,
			LineValues values) implements LineFigures {
	}

	private static final RowMapper<DataLine> LINE = (rs, i) -> new DataLine(rs.getLong("report_id"),
			rs.getInt("line_no"), rs.getString("distributor"), rs.getString("period"), LineColumn.readAll(rs));

	/** The sums of everything the filter selects, not only of the page. */
	public record Totals(long lines, BigDecimal quantity, BigDecimal amountNet, long deviations) {
	}

	private static final String COLUMNS = "select l.report_id, l.line_no, d.code as distributor,"
			+ " to_char(r.period, 'YYYY-MM') as period, " + LineColumn.list("l.");

	@Transactional(readOnly = true)
	public PageSlice<DataLine> find(DataFilter filter, ListQuery query, long total) {
		String sort = query.sortOr(SORTS.keySet(), "sale_date");
		String direction = query.direction();
		String page = " limit " + query.size() + " offset " + query.offset();
		String sql;
		if (sort.equals("sale_date") && !filter.filtersLinesBeyondDeviations()) {
			// report by report, each read from its newest (or oldest) line: a few short
			// index reads, whatever the volume
			sql = COLUMNS + " from sellout_reports r join distributor_directory d on d.id = r.distributor_id"
					+ " cross join lateral (select l.* from sellout_lines l where l.report_id = r.id and l.accepted"
					+ lineFilters(filter) + " order by " + LineColumn.SALE_DATE.in(L) + " " + direction + ", l.line_no "
					+ direction + " limit " + (query.size() + query.offset()) + ") l" + reportFilters(filter)
					+ " order by " + LineColumn.SALE_DATE.in(L) + " " + direction + ", l.report_id " + direction
					+ ", l.line_no " + direction + page;
		}
		else {
			sql = COLUMNS + from(filter) + " order by " + SORTS.get(sort) + " " + direction + ", l.report_id, l.line_no"
					+ page;
		}
		List<DataLine> items = jdbc.sql(sql).params(params(filter)).query(LINE).list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	@Transactional(readOnly = true)
	public Totals totals(DataFilter filter) {
		if (!filter.filtersLines() && restriction() == null) {
			// the reports carry their accepted totals: no line needs to be read
			return jdbc.sql("select coalesce(sum(r.accepted_lines), 0) as lines, coalesce(sum(r.accepted_quantity), 0)"
					+ " as quantity, coalesce(sum(r.accepted_amount_net), 0) as amount_net,"
					+ " coalesce(sum(r.deviations), 0) as deviations from sellout_reports r" + reportFilters(filter))
				.params(params(filter))
				.query(Totals.class)
				.single();
		}
		return jdbc
			.sql("select count(*) as lines, coalesce(sum(" + LineColumn.QUANTITY.in(L) + "), 0) as quantity,"
					+ " coalesce(sum(" + LineColumn.AMOUNT_NET.in(L) + "), 0) as amount_net, count("
					+ LineColumn.BELOW_FLOOR_PCT.in(L) + ") as deviations" + from(filter))
			.params(params(filter))
			.query(Totals.class)
			.single();
	}

	/** The filtered lines for an export, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<DataLine> all(DataFilter filter, String sort, boolean descending, int limit) {
		ListQuery query = new ListQuery(null, sort, descending, 0, 1);
		String order = SORTS.get(query.sortOr(SORTS.keySet(), "sale_date")) + " " + query.direction();
		return jdbc.sql(COLUMNS + from(filter) + " order by " + order + ", l.report_id, l.line_no limit " + limit)
			.params(params(filter))
			.query(LINE)
			.list();
	}

	/**
	 * Only the conditions the filter sets, so that PostgreSQL plans each query for what
	 * it really asks.
	 */
	private static String reportFilters(DataFilter filter) {
		// sell-out reports only: a stock report of the month counts no sale
		StringBuilder where = new StringBuilder(" where r.status = any(:active) and r.kind = 'SELLOUT'");
		if (filter.from() != null) {
			where.append(" and r.period >= :from");
		}
		if (filter.to() != null) {
			where.append(" and r.period <= :to");
		}
		if (filter.distributorId() != null) {
			where.append(" and r.distributor_id = :distributor");
		}
		return where.toString();
	}

	private String lineFilters(DataFilter filter) {
		StringBuilder where = new StringBuilder();
		if (restriction() != null) {
			// a manager restricted to a list of clients sees those clients' lines only
			where.append(" and " + LineColumn.CLIENT_INN.in(L) + " = any(:restrictedInns)");
		}
		if (filter.client() != null && !filter.client().isBlank()) {
			where.append(" and (" + LineColumn.CLIENT_INN.in(L) + " like :clientInn or lower("
					+ LineColumn.CLIENT_NAME.in(L) + ") like :clientName)");
		}
		if (NONE.equals(filter.sku())) {
			where.append(" and " + LineColumn.SKU.in(L) + " is null");
		}
		else if (filter.sku() != null && !filter.sku().isBlank()) {
			where.append(" and " + LineColumn.SKU.in(L) + " = :sku");
		}
		if (filter.inn() != null && !filter.inn().isBlank()) {
			where.append(" and " + LineColumn.CLIENT_INN.in(L) + " = :inn");
		}
		if (filter.currency() != null && !filter.currency().isBlank()) {
			where.append(" and coalesce(" + LineColumn.CURRENCY.in(L) + ", '" + RUB + "')"
					+ (OTHER_CURRENCY.equals(filter.currency()) ? " <> '" + RUB + "'" : " = :currency"));
		}
		if (filter.groupId() != null) {
			// the catalog says which products a group holds, subgroups included
			where.append(" and " + LineColumn.SKU.in(L) + " = any(:skus)");
		}
		if (NONE.equals(filter.regionCode())) {
			where.append(" and " + LineColumn.REGION_CODE.in(L) + " is null");
		}
		else if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
			where.append(" and " + LineColumn.REGION_CODE.in(L) + " = :region");
		}
		if (NONE.equals(filter.segment())) {
			where.append(" and " + LineColumn.CLIENT_SEGMENT.in(L) + " is null");
		}
		else if (filter.segment() != null && !filter.segment().isBlank()) {
			where.append(" and " + LineColumn.CLIENT_SEGMENT.in(L) + " = :segment");
		}
		if (filter.deviationsOnly()) {
			where.append(" and " + LineColumn.BELOW_FLOOR_PCT.in(L) + " is not null");
		}
		return where.toString();
	}

	private String from(DataFilter filter) {
		return " from sellout_reports r join sellout_lines l on l.report_id = r.id join distributor_directory d on d.id = r.distributor_id"
				+ reportFilters(filter) + " and l.accepted" + lineFilters(filter);
	}

	private Map<String, Object> params(DataFilter filter) {
		Map<String, Object> params = new HashMap<>();
		List<String> restricted = restriction();
		params.put("restrictedInns", restricted == null ? null : restricted.toArray(String[]::new));
		params.put("active", ReportStatus.ACTIVE.stream().map(ReportStatus::name).toArray(String[]::new));
		params.put("from", filter.from() == null ? null : filter.from().atDay(1));
		params.put("to", filter.to() == null ? null : filter.to().atDay(1));
		params.put("distributor", filter.distributorId());
		String client = filter.client() == null || filter.client().isBlank() ? null : filter.client().strip();
		params.put("client", client);
		params.put("clientInn", client == null ? null : ListQuery.escapeLike(client) + "%");
		params.put("clientName", client == null ? null : "%" + ListQuery.escapeLike(client.toLowerCase()) + "%");
		params.put("sku", filter.sku() == null || filter.sku().isBlank() ? null : filter.sku().strip());
		params.put("skus",
				filter.groupId() == null ? null : groups.skusWithin(filter.groupId()).toArray(String[]::new));
		params.put("region", filter.regionCode() == null || filter.regionCode().isBlank() ? null : filter.regionCode());
		params.put("segment", filter.segment() == null || filter.segment().isBlank() ? null : filter.segment());
		params.put("inn", filter.inn() == null || filter.inn().isBlank() ? null : filter.inn().strip());
		params.put("currency", filter.currency() == null || filter.currency().isBlank() ? null
				: filter.currency().strip().toUpperCase(Locale.ROOT));
		return params;
	}

	/**
	 * The ИНН of the clients the logged-in manager is restricted to; null when the caller
	 * is not a restricted manager.
	 */
	private @Nullable List<String> restriction() {
		return CurrentUser.get()
			.filter(user -> user.role() == Role.DISTRIBUTOR_MANAGER)
			.flatMap(user -> managers.restrictedInns(user.id()))
			.orElse(null);
	}

}
