package com.sellout.portal.sellout;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.sellout.SellOutReports.LineFilter;
import com.sellout.portal.sellout.SellOutReports.ReportFilter;
import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the report queries: reports with the report they replaced, their lines,
 * their layout — sell-out's own tables only; a distributor's code comes from the
 * distributors module's API. Read in the caller's data scope (row-level security).
 */
@Repository
class SellOutReportStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SELECT = """
			select r.id, r.distributor_id, to_char(r.period, 'YYYY-MM') as period, r.version, r.status,
			       r.rejection_key, r.rejection_args, r.source, r.file_name, r.format, r.received_at, r.received_by,
			       r.processed_at, r.lines, r.accepted_lines, r.exceptions, r.deviations, r.out_of_period,
			       r.accepted_quantity, r.accepted_amount_net, r.superseded_by, r.replaced_id, p.version as replaced_version,
			       p.accepted_lines as replaced_lines, p.accepted_amount_net as replaced_amount, r.kind, r.as_of
			  from sellout_reports r left join sellout_reports p on p.id = r.replaced_id""";

	private static final String LINE = "select line_no, accepted, out_of_period, problems::text, " + LineColumn.list("")
			+ " from sellout_lines";

	private static final Map<LineFilter, String> LINE_WHERE = Map.of(LineFilter.ALL, "", LineFilter.ACCEPTED,
			" and accepted", LineFilter.EXCEPTIONS, " and not accepted", LineFilter.DEVIATIONS,
			" and accepted and " + LineColumn.BELOW_FLOOR_PCT.column() + " is not null", LineFilter.OUT_OF_PERIOD,
			" and out_of_period");

	/**
	 * The distributor's code is the distributors module's: sorting by it orders by the
	 * ids it lists by code.
	 */
	private static final String BY_DISTRIBUTOR = "distributor";

	private static final Map<String, String> SORTS = Map.of("received_at", "r.received_at", "period", "r.period",
			"status", "r.status", BY_DISTRIBUTOR, BY_DISTRIBUTOR, "lines", "r.lines", "amount", "r.accepted_amount_net",
			"as_of", "r.as_of");

	private final JdbcClient jdbc;

	private final Distributors distributors;

	SellOutReportStore(JdbcClient jdbc, Distributors distributors) {
		this.jdbc = jdbc;
		this.distributors = distributors;
	}

	Optional<SellOutReport> find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(report(codes())).optional();
	}

	PageSlice<SellOutReport> find(ReportFilter filter, ListQuery query) {
		String where = " where (:distributor::bigint is null or r.distributor_id = :distributor)"
				+ " and (:period::date is null or r.period = :period) and (:status::text is null or r.status = :status)"
				+ " and (:channel::text is null or r.source = :channel) and (:kind::text is null or r.kind = :kind)";
		Map<String, Object> params = new HashMap<>();
		params.put("distributor", filter.distributorId());
		params.put("period", filter.period() == null ? null : filter.period().atDay(1));
		params.put("status", filter.status() == null ? null : filter.status().name());
		params.put("channel", filter.channel() == null ? null : filter.channel().name());
		params.put("kind", filter.kind() == null ? null : filter.kind().name());
		long total = jdbc.sql("select count(*) from sellout_reports r" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Distributor> visible = distributors.all();
		String sort = SORTS.get(query.sortOr(SORTS.keySet(), "received_at"));
		String order = (sort.equals(BY_DISTRIBUTOR) ? byCode(visible) : sort) + " " + query.direction();
		List<SellOutReport> items = jdbc
			.sql(SELECT + where + " order by " + order + ", r.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(report(codes(visible)))
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	/**
	 * Every sell-out report of the distributor and period, in the order of their
	 * versions, then the merged deliveries.
	 */
	List<SellOutReport> ofPeriod(long distributorId, String period) {
		return jdbc
			.sql(SELECT + " where r.distributor_id = ? and r.period = to_date(?, 'YYYY-MM') and r.kind = 'SELLOUT'"
					+ " order by r.version nulls last, r.id")
			.params(distributorId, period)
			.query(report(codes()))
			.list();
	}

	/**
	 * Every stock report of the distributor and as-of date, in the order of their
	 * versions.
	 */
	List<SellOutReport> ofAsOf(long distributorId, LocalDate asOf) {
		return jdbc
			.sql(SELECT + " where r.distributor_id = ? and r.as_of = ? and r.kind = 'STOCK'"
					+ " order by r.version nulls last, r.id")
			.params(distributorId, asOf)
			.query(report(codes()))
			.list();
	}

	Optional<Long> templateOf(long reportId) {
		return jdbc.sql("select template_id from sellout_reports where id = ? and template_id is not null")
			.param(reportId)
			.query(Long.class)
			.optional();
	}

	PageSlice<ReportLine> lines(long reportId, LineFilter filter, int page, int size) {
		return lines(reportId, filter, null, null, page, size);
	}

	/**
	 * A page of a report's lines under the filter whose client (name or ИНН) and product
	 * (SKU, the distributor's code or the name) hold the texts given, case-insensitively;
	 * a blank text does not filter.
	 */
	PageSlice<ReportLine> lines(long reportId, LineFilter filter, @Nullable String client, @Nullable String product,
			int page, int size) {
		String clientLike = like(client);
		String productLike = like(product);
		String where = " where report_id = :report" + LINE_WHERE.get(filter)
				+ (clientLike == null ? ""
						: " and (" + likeAny(":client", LineColumn.CLIENT_NAME, LineColumn.CLIENT_INN) + ")")
				+ (productLike == null ? "" : " and ("
						+ likeAny(":product", LineColumn.SKU, LineColumn.DISTRIBUTOR_SKU, LineColumn.PRODUCT_NAME)
						+ ")");
		long total = jdbc.sql("select count(*) from sellout_lines" + where)
			.param("report", reportId)
			.param("client", clientLike)
			.param("product", productLike)
			.query(Long.class)
			.single();
		List<ReportLine> items = jdbc.sql(LINE + where + " order by line_no limit :limit offset :offset")
			.param("report", reportId)
			.param("client", clientLike)
			.param("product", productLike)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(LINE_MAPPER)
			.list();
		return new PageSlice<>(items, page, size, total);
	}

	private static @Nullable String like(@Nullable String text) {
		return new ListQuery(text, null, false, 0, 1).likePattern();
	}

	Optional<ReportLine> line(long reportId, int lineNo) {
		return jdbc.sql(LINE + " where report_id = ? and line_no = ?")
			.params(reportId, lineNo)
			.query(LINE_MAPPER)
			.optional();
	}

	List<ReportLine> allLines(long reportId, LineFilter filter, int limit) {
		return jdbc.sql(LINE + " where report_id = ?" + LINE_WHERE.get(filter) + " order by line_no limit ?")
			.params(reportId, limit)
			.query(LINE_MAPPER)
			.list();
	}

	/** The original's declared content type and its size in bytes. */
	SellOutReports.OriginalStream original(long reportId, String fileName) {
		return jdbc.sql("select content_type, size_bytes from sellout_reports where id = ?")
			.param(reportId)
			.query((rs, i) -> new SellOutReports.OriginalStream(fileName, rs.getString(1), rs.getLong(2)))
			.single();
	}

	Optional<Layout> layout(long reportId) {
		return jdbc.sql("select layout::text from sellout_reports where id = ?")
			.param(reportId)
			.query(String.class)
			.optional()
			.map(json -> JSON.readValue(json, Layout.class));
	}

	/** The codes of the distributors the caller may see, by id. */
	private Map<Long, String> codes() {
		return codes(distributors.all());
	}

	private static Map<Long, String> codes(List<Distributor> visible) {
		return visible.stream().collect(Collectors.toMap(Distributor::id, Distributor::code));
	}

	/**
	 * The position of a report's distributor among the ids listed by code (numbers only,
	 * from the database).
	 */
	private static String byCode(List<Distributor> visible) {
		return "array_position('{" + visible.stream().map(d -> Long.toString(d.id())).collect(Collectors.joining(","))
				+ "}'::bigint[], r.distributor_id)";
	}

	private static RowMapper<SellOutReport> report(Map<Long, String> codes) {
		return (rs, i) -> new SellOutReport(rs.getLong("id"), rs.getLong("distributor_id"),
				codes.get(rs.getLong("distributor_id")), rs.getString("period"), (Integer) rs.getObject("version"),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("rejection_key"),
				strings(rs.getArray("rejection_args")), Channel.valueOf(rs.getString("source")),
				rs.getString("file_name"), rs.getString("format"), rs.getObject("received_at", OffsetDateTime.class),
				rs.getString("received_by"), rs.getObject("processed_at", OffsetDateTime.class), rs.getInt("lines"),
				rs.getInt("accepted_lines"), rs.getInt("exceptions"), rs.getInt("deviations"),
				rs.getInt("out_of_period"), rs.getBigDecimal("accepted_quantity"),
				rs.getBigDecimal("accepted_amount_net"), (Long) rs.getObject("superseded_by"), replaced(rs),
				ReportKind.valueOf(rs.getString("kind")), rs.getObject("as_of", LocalDate.class));
	}

	private static SellOutReport.Replaced replaced(ResultSet rs) throws SQLException {
		Long id = (Long) rs.getObject("replaced_id");
		return id == null ? null : new SellOutReport.Replaced(id, (Integer) rs.getObject("replaced_version"),
				rs.getInt("replaced_lines"), rs.getBigDecimal("replaced_amount"));
	}

	private static final RowMapper<ReportLine> LINE_MAPPER = (rs, i) -> new ReportLine(rs.getInt("line_no"),
			rs.getBoolean("accepted"), rs.getBoolean("out_of_period"), LineColumn.readAll(rs), problems(rs));

	private static List<LineProblem> problems(ResultSet rs) throws SQLException {
		String json = rs.getString("problems");
		if (json == null) {
			return List.of();
		}
		List<Map<String, String>> entries = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
		});
		return entries.stream().map(e -> new LineProblem(e.get("field"), e.get("value"), e.get("code"))).toList();
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	/**
	 * "lower(coalesce(a, '')) like :p or lower(coalesce(b, '')) like :p …" over the
	 * columns.
	 */
	private static String likeAny(String parameter, LineColumn... columns) {
		return Arrays.stream(columns)
			.map(column -> "lower(coalesce(" + column.column() + ", '')) like " + parameter)
			.collect(Collectors.joining(" or "));
	}

}
