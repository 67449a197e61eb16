package com.sellout.portal.sellout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines of a stock report for the pages and the API that show them: all, the accepted
 * ones or the exceptions, optionally of one product (the catalog's SKU or the
 * distributor's own code), in line order. Read in the caller's data scope: another
 * distributor's report, or a report that is no stock report, is not found.
 */
@Service
public class StockReportLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Which lines a page or an export shows. */
	public enum Filter {

		ALL(""), ACCEPTED(" and accepted"), EXCEPTIONS(" and not accepted");

		private final String where;

		Filter(String where) {
			this.where = where;
		}

	}

	private static final String SELECT = """
			select line_no, accepted, sku, distributor_sku, ean, product_name, warehouse, quantity, unit, cost,
			       problems::text, source::text
			  from stock_lines""";

	private final SellOutReports reports;

	private final JdbcClient jdbc;

	StockReportLines(SellOutReports reports, JdbcClient jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	/**
	 * A page of the report's lines under the filter; {@code sku} (optional) keeps the
	 * lines whose catalog SKU or distributor's code is it.
	 * @throws NotFoundException no stock report of that id in the caller's scope
	 */
	@Transactional(readOnly = true)
	public PageSlice<StockLine> lines(long reportId, Filter filter, @Nullable String sku, int page, int size) {
		stockReport(reportId);
		String where = where(filter);
		String product = sku == null || sku.isBlank() ? null : sku.strip();
		long total = jdbc.sql("select count(*) from stock_lines" + where)
			.param("report", reportId)
			.param("sku", product)
			.query(Long.class)
			.single();
		List<StockLine> items = jdbc.sql(SELECT + where + " order by line_no limit :limit offset :offset")
			.param("report", reportId)
			.param("sku", product)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(LINE)
			.list();
		return new PageSlice<>(items, page, size, total);
	}

	/** The report's lines under the filter, for a download (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<StockLine> allLines(long reportId, Filter filter, int limit) {
		stockReport(reportId);
		return jdbc.sql(SELECT + where(filter) + " order by line_no limit :limit")
			.param("report", reportId)
			.param("sku", null)
			.param("limit", limit)
			.query(LINE)
			.list();
	}

	/** The stock report, in the caller's scope. */
	@Transactional(readOnly = true)
	public SellOutReport stockReport(long reportId) {
		SellOutReport report = reports.get(reportId);
		if (report.kind() != ReportKind.STOCK) {
			throw new NotFoundException();
		}
		return report;
	}

	private static String where(Filter filter) {
		return " where report_id = :report and (:sku::text is null or sku = :sku or distributor_sku = :sku)"
				+ filter.where;
	}

	private static final RowMapper<StockLine> LINE = (rs, i) -> new StockLine(rs.getInt("line_no"),
			rs.getBoolean("accepted"), rs.getString("sku"), rs.getString("distributor_sku"), rs.getString("ean"),
			rs.getString("product_name"), rs.getString("warehouse"), rs.getBigDecimal("quantity"), rs.getString("unit"),
			rs.getBigDecimal("cost"), problems(rs), received(rs));

	private static List<LineProblem> problems(ResultSet rs) throws SQLException {
		String json = rs.getString("problems");
		if (json == null) {
			return List.of();
		}
		List<Map<String, String>> entries = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
		});
		return entries.stream().map(e -> new LineProblem(e.get("field"), e.get("value"), e.get("code"))).toList();
	}

	private static Map<String, String> received(ResultSet rs) throws SQLException {
		String json = rs.getString("source");
		return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}

}
