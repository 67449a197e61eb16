package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All accepted sell-out lines of the active reports in one view: filtered by period range,
 * distributor, client, product group, product, region, segment and deviations, with totals, sorting
 * and paging — and the same rows for export. A distributor sees its own lines only (its scope and
 * row-level security).
 */
@Service
public class SellOutData {

	private static final Map<String, String> SORTS = Map.of("sale_date", "l.sale_date", "distributor", "d.code",
			"client", "l.client_name", "sku", "l.sku", "region", "l.region_code", "quantity", "l.quantity", "amount",
			"l.amount_net", "below", "l.below_floor_pct");

	private static final String FROM = " " + """
			from sellout_reports r
			join sellout_lines l on l.report_id = r.id
			join distributors d on d.id = r.distributor_id
			where r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and l.accepted
			  and (:from::date is null or r.period >= :from) and (:to::date is null or r.period <= :to)
			  and (:distributor::bigint is null or r.distributor_id = :distributor)
			  and (:client::text is null or l.client_inn like :clientInn or lower(l.client_name) like :clientName)
			  and (:sku::text is null or l.sku = :sku)
			  and (:group::bigint is null or l.sku in (select p.sku from products p join product_groups g on g.id = p.group_id
			        where g.id = :group or g.path like (select path || ' / %' from product_groups where id = :group)))
			  and (:region::text is null or l.region_code = :region)
			  and (:segment::text is null or l.client_segment = :segment)
			  and (not :deviations or l.below_floor_pct is not null)""";

	private final JdbcClient jdbc;

	SellOutData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the view shows; every part optional. */
	public record DataFilter(YearMonth from, YearMonth to, Long distributorId, String client, Long groupId, String sku,
			String regionCode, String segment, boolean deviationsOnly) {
	}

	/** One accepted line with its report's distributor and period. */
	public record DataLine(long reportId, int lineNo, String distributor, String period, LocalDate saleDate,
			String documentNo, String clientInn, String clientName, String clientSegment, String regionCode, String sku,
			String productName, BigDecimal quantity, String unit, BigDecimal priceNet, BigDecimal amountNet,
			BigDecimal floorPrice, BigDecimal belowFloorPct) {
	}

	/** The sums of everything the filter selects, not only of the page. */
	public record Totals(long lines, BigDecimal quantity, BigDecimal amountNet, long deviations) {
	}

	private static final String COLUMNS = """
			select l.report_id, l.line_no, d.code as distributor, to_char(r.period, 'YYYY-MM') as period, l.sale_date,
			       l.document_no, l.client_inn, l.client_name, l.client_segment, l.region_code, l.sku, l.product_name,
			       l.quantity, l.unit, l.price_net, l.amount_net, l.floor_price, l.below_floor_pct""";

	@Transactional(readOnly = true)
	public PageSlice<DataLine> find(DataFilter filter, ListQuery query, long total) {
		String order = SORTS.get(query.sortOr(SORTS.keySet(), "sale_date")) + " " + query.direction();
		List<DataLine> items = jdbc.sql(COLUMNS + FROM + " order by " + order + ", l.report_id, l.line_no limit :limit offset :offset")
			.params(params(filter)).param("limit", query.size()).param("offset", query.offset())
			.query(DataLine.class).list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	@Transactional(readOnly = true)
	public Totals totals(DataFilter filter) {
		return jdbc.sql("select count(*) as lines, coalesce(sum(l.quantity), 0) as quantity,"
				+ " coalesce(sum(l.amount_net), 0) as amount_net, count(l.below_floor_pct) as deviations" + FROM)
			.params(params(filter)).query(Totals.class).single();
	}

	/** The filtered lines for an export, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<DataLine> all(DataFilter filter, String sort, boolean descending, int limit) {
		ListQuery query = new ListQuery(null, sort, descending, 0, 1);
		String order = SORTS.get(query.sortOr(SORTS.keySet(), "sale_date")) + " " + query.direction();
		return jdbc.sql(COLUMNS + FROM + " order by " + order + ", l.report_id, l.line_no limit :limit")
			.params(params(filter)).param("limit", limit).query(DataLine.class).list();
	}

	private static Map<String, Object> params(DataFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", filter.from() == null ? null : filter.from().atDay(1));
		params.put("to", filter.to() == null ? null : filter.to().atDay(1));
		params.put("distributor", filter.distributorId());
		String client = filter.client() == null || filter.client().isBlank() ? null : filter.client().strip();
		params.put("client", client);
		params.put("clientInn", client == null ? null : ListQuery.escapeLike(client) + "%");
		params.put("clientName", client == null ? null : "%" + ListQuery.escapeLike(client.toLowerCase()) + "%");
		params.put("sku", filter.sku() == null || filter.sku().isBlank() ? null : filter.sku().strip());
		params.put("group", filter.groupId());
		params.put("region", filter.regionCode() == null || filter.regionCode().isBlank() ? null : filter.regionCode());
		params.put("segment", filter.segment() == null || filter.segment().isBlank() ? null : filter.segment());
		params.put("deviations", filter.deviationsOnly());
		return params;
	}

}
