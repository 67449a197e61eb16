package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.OneCStockStatement;
import com.sellout.portal.support.OneCStockStatement.Format;
import com.sellout.portal.support.OneCStockStatement.Product;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1C's «Ведомость по товарам на складах» of two warehouses, as CSV, xlsx and xls, sent to
 * the stock endpoint with no as-of date and no person: accepted, dated by the title
 * period's last day, one line per product row with its warehouse and closing balance (the
 * warehouses' rows, their totals and «Итого» are none), and {@code stock_levels} adds up
 * the product kept in both warehouses; sent with no kind, its content tells a stock
 * report. Each file by a distributor of its own, in 2046 and 2047.
 */
class StockStatementIntakeTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	/** A distributor of its own with its administrator; the administrator's login. */
	private String distributor(String code, int seed) {
		Distributor distributor = asUser("admin",
				() -> distributors.create(new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed),
						null, null, LocalDate.of(2046, 1, 1), null, ReportingFrequency.MONTHLY, null, null)));
		String login = code.toLowerCase(Locale.ROOT) + ".admin";
		asUser("admin", () -> users.register(login, "demo", "Администратор " + code, null, Role.DISTRIBUTOR_ADMIN,
				distributor.id()));
		return login;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "CSV, 2046101, Период: 01.10.2046 - 31.10.2046, 2046-10-31",
			"XLSX_OUTLINE, 2046102, Период: 01.11.2046 - 30.11.2046, 2046-11-30",
			"XLSX_INDENT, 2046103, за Декабрь 2046 г., 2046-12-31",
			"XLS_OUTLINE, 2046104, Период: 01.02.2046 - 28.02.2046, 2046-02-28",
			"XLS_INDENT, 2046105, Период: Март 2046 г., 2046-03-31" })
	void theStatementOfTwoWarehousesIsAStockReportAsOfItsPeriodsEnd(Format format, int seed, String period,
			LocalDate asOf) {
		String code = "VEDOMOST-" + seed;
		String login = distributor(code, seed);
		OneCStockStatement statement = OneCStockStatement.twoWarehouses(period);
		String name = "vedomost." + (format == Format.CSV ? "csv" : format.name().startsWith("XLSX") ? "xlsx" : "xls");

		HttpResponse<String> sent = browser().apiUpload("/api/v1/sellout/stock-reports", name, statement.saved(format),
				login, "demo");

		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		JsonNode report = SellOutApi.json(sent);
		assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
		assertThat(report.path("distributor").asString()).isEqualTo(code);
		assertThat(report.path("asOf").asString()).isEqualTo(asOf.toString());
		assertThat(report.path("lines").asInt()).as("the product rows, no totals").isEqualTo(4);
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(4);
		assertThat(report.path("exceptions").asInt()).isZero();
		assertThat(report.path("acceptedQuantity").decimalValue()).isEqualByComparingTo(statement.closingQuantity())
			.isEqualByComparingTo("1315");

		long id = report.path("id").asLong();
		JsonNode page = SellOutApi
			.json(new SellOutApi(browser()).get(login, "/api/v1/sellout/stock-reports/" + id + "/lines?size=100"));
		List<JsonNode> lines = new ArrayList<>();
		page.path("items").forEach(lines::add);
		assertThat(lines).extracting(line -> line.path("warehouse").asString() + " " + line.path("sku").asString())
			.containsExactlyElementsOf(statement.lines().stream().map(p -> p.warehouse() + " " + p.article()).toList());
		assertThat(lines).extracting(line -> line.path("quantity").decimalValue())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyElementsOf(statement.lines().stream().map(Product::closing).toList());

		long distributorId = distributorId(code);
		Map<String, BigDecimal> levels = new LinkedHashMap<>();
		asSystem(() -> jdbc
			.sql("select sku, quantity from stock_levels where distributor_id = ? and report_id = ? order by sku")
			.params(distributorId, id)
			.query((rs, n) -> levels.put(rs.getString(1), rs.getBigDecimal(2)))
			.list());
		assertThat(levels.keySet()).containsExactly("EL-10001", "EL-10003", "EL-30075");
		assertThat(levels.get("EL-10001")).as("100 in the main warehouse and 15 in the second")
			.isEqualByComparingTo("115");
		statement.stockByArticle()
			.forEach((sku, quantity) -> assertThat(levels.get(sku)).as(sku).isEqualByComparingTo(quantity));
	}

	@Test
	void sentWithNoKindTheStatementIsToldAStockReportByItsContent() {
		String code = "VEDOMOST-2047101";
		String login = distributor(code, 2047101);
		OneCStockStatement statement = OneCStockStatement.twoWarehouses("Период: 01.01.2047 - 31.01.2047");

		HttpResponse<String> sent = new SellOutApi(browser()).upload(login, "vedomost.csv", statement.csv(), null);

		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		long id = SellOutApi.json(sent).path("id").asLong();
		JsonNode report = SellOutApi.json(new SellOutApi(browser()).get(login, "/api/v1/sellout/stock-reports/" + id));
		assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
		assertThat(report.path("asOf").asString()).isEqualTo("2047-01-31");
		assertThat(report.path("lines").asInt()).isEqualTo(4);
		assertThat(report.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("1315");
		assertThat(asSystem(
				() -> jdbc.sql("select kind from sellout_reports where id = ?").param(id).query(String.class).single()))
			.isEqualTo("STOCK");
	}

}
