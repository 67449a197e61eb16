package com.sellout.portal.odata;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.odata.FeedFixture.ANALYST;
import static com.sellout.portal.odata.FeedFixture.A_MANAGED;
import static com.sellout.portal.odata.FeedFixture.POWER_QUERY_ACCEPT;
import static com.sellout.portal.odata.FeedFixture.encode;
import static com.sellout.portal.odata.FeedFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code $filter} combinations give exactly the lines the same condition gives in SQL
 * over the accepted lines of the active reports — OData's rules for a missing value
 * included ({@code ne} is true against null) — and {@code $orderby} with {@code $top} and
 * {@code $skip} page by offset to the same rows as SQL.
 */
class OdataFilterTest extends PortalTest {

	private static final Map<String, String> FILTERS = Map.ofEntries(
			Map.entry("ClientInn eq '" + A_MANAGED + "'", "s.client_inn = '" + A_MANAGED + "'"),
			Map.entry("Quantity gt 3 and RegionCode ne '77'", "s.quantity > 3 and s.region_code is distinct from '77'"),
			Map.entry("not (SegmentCode eq 'DEALER') or AmountNet le 200",
					"s.client_segment is distinct from 'DEALER' or s.amount_net <= 200"),
			Map.entry("Sku in ('OD61-1', 'OD61-3')", "s.sku in ('OD61-1', 'OD61-3')"),
			Map.entry("contains(ClientName, '6100003') or startswith(Sku, 'OD61-2')",
					"s.client_name like '%6100003%' or s.sku like 'OD61-2%'"),
			Map.entry("month(SaleDate) eq 2 and year(SaleDate) eq 2061",
					"s.sale_date >= '2061-02-01' and s.sale_date < '2061-03-01'"),
			Map.entry("SaleDate ge 2061-01-03 and SaleDate lt 2061-01-07 and DistributorCode ne 'OD61B'",
					"s.sale_date >= '2061-01-03' and s.sale_date < '2061-01-07' and d.code <> 'OD61B'"),
			Map.entry("RegionCode eq null", "s.region_code is null"),
			Map.entry("endswith(tolower(ClientName), '3') and length(Sku) eq 6",
					"lower(s.client_name) like '%3' and length(s.sku) = 6"));

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void data() {
		FeedFixture.ensure(jdbc, users, this::asSystem, baseUrl());
		FeedFixture.awaitSettled(jdbc, this::asSystem);
	}

	@Test
	void filtersGiveTheLinesSqlGives() {
		FILTERS.forEach((odata, sql) -> {
			String filter = "startswith(DistributorCode, 'OD61') and (" + odata + ")";
			Set<String> served = new TreeSet<>();
			readAll(baseUrl() + "/odata/SellOutLines?$select=ReportId,LineNo&$filter=" + encode(filter), ANALYST,
					POWER_QUERY_ACCEPT, null)
				.rows()
				.forEach(row -> served.add(row.path("ReportId").asString() + "/" + row.path("LineNo").asString()));
			Set<String> expected = new TreeSet<>(asSystem(() -> jdbc.sql("""
					select s.report_id || '/' || s.line_no from sellout_sales s
					  join distributors d on d.id = s.distributor_id
					 where d.code like 'OD61%' and (""" + sql + ")").query(String.class).list()));
			assertThat(served).as(odata).isEqualTo(expected);
		});
		assertThat(readAll(baseUrl() + "/odata/SellOutLines?$filter=" + encode("startswith(DistributorCode, 'OD61')"),
				ANALYST, POWER_QUERY_ACCEPT, null)
			.rows()).hasSizeGreaterThan(10);
	}

	@Test
	void anOrderOfTheReadersOwnPagesByOffsetToTheRowsSqlGives() {
		String url = baseUrl() + "/odata/SellOutLines?$select=ReportId,LineNo,AmountNet&$orderby="
				+ encode("AmountNet desc,LineNo") + "&$skip=2&$top=9&$filter="
				+ encode("startswith(DistributorCode, 'OD61')");
		FeedFixture.Read read = readAll(url, ANALYST, POWER_QUERY_ACCEPT, null);
		List<String> expected = asSystem(() -> jdbc
			.sql("""
					select s.report_id || '/' || s.line_no from sellout_sales s join distributors d on d.id = s.distributor_id
					 where d.code like 'OD61%' order by s.amount_net desc, s.line_no, s.report_id offset 2 limit 9""")
			.query(String.class)
			.list());
		assertThat(read.rows()).extracting(row -> row.path("ReportId").asString() + "/" + row.path("LineNo").asString())
			.containsExactlyElementsOf(expected);
		assertThat(read.pages()).isEqualTo(3);
	}

	@Test
	void aSkipInTheKeysOwnOrderStartsThatManyLinesOnAndPagesOnByKey() {
		// Power Query's Table.Skip / Table.Range: the lines are read in their key's
		// order,
		// report by report over the snapshot — the skip counts across reports and pages
		String filter = "&$filter=" + encode("startswith(DistributorCode, 'OD61')");
		for (String options : List.of("$skip=5", "$skip=5&$top=7", "$skip=3&$top=2&$orderby=ReportId,LineNo")) {
			FeedFixture.Read read = readAll(
					baseUrl() + "/odata/SellOutLines?$select=ReportId,LineNo&" + options + filter, ANALYST,
					POWER_QUERY_ACCEPT, null);
			String limit = options.contains("$top=7") ? " limit 7" : options.contains("$top=2") ? " limit 2" : "";
			long offset = options.startsWith("$skip=5") ? 5 : 3;
			List<String> expected = asSystem(() -> jdbc
				.sql("""
						select s.report_id || '/' || s.line_no from sellout_sales s join distributors d on d.id = s.distributor_id
						 where d.code like 'OD61%' order by s.report_id, s.line_no offset ?"""
						+ limit)
				.param(offset)
				.query(String.class)
				.list());
			assertThat(read.rows()).as(options)
				.extracting(row -> row.path("ReportId").asString() + "/" + row.path("LineNo").asString())
				.containsExactlyElementsOf(expected);
		}
	}

}
