package com.sellout.portal.sellout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock reports (остатки) through the real API: a plain list in windows-1251 with the
 * distributor's own codes and a cross-reference, the canonical JSON, an xlsx with its
 * date in the title; the as-of date from the request, the title or the period; a file of
 * unclear kind asks for it; negative stock is an exception fixed in place; versions per
 * distributor and as-of date; isolation; and sell-out left as it was. Years 2037 and 2038
 * are these tests' own.
 */
class StockReportsTest extends PortalTest {

	private static final Charset CP1251 = Charset.forName("windows-1251");

	@Autowired
	private SellOutData data;

	@Test
	void aPlainWindows1251ListWithTheDistributorsOwnCodesIsReadAndTwoWarehousesAddUp() {
		SellOutApi api = new SellOutApi(browser());
		String own = "ALFA-STK-" + System.nanoTime();
		HttpResponse<String> mapped = api.mappings("alfa.manager", "SKU", "text/csv",
				("from;to\n" + own + ";EL-10001\n").getBytes(StandardCharsets.UTF_8));
		assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
		String file = "Артикул;Наименование;Склад;Остаток\n" + own + ";Розетка своя;Склад Москва;10\n" + own
				+ ";Розетка своя;Склад Тверь;5\n" + "EL-10002;;Склад Москва;3,5\n";

		HttpResponse<String> sent = stock(api, "alfa.manager", "ostatki.csv", file.getBytes(CP1251), "2037-01-31");
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		JsonNode report = SellOutApi.json(sent);
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(report.path("asOf").asString()).isEqualTo("2037-01-31");
		assertThat(report.path("distributor").asString()).isEqualTo("ALFA");
		assertThat(report.path("lines").asInt()).isEqualTo(3);
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(3);
		assertThat(report.path("exceptions").asInt()).isZero();
		assertThat(report.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("18.5");
		assertThat(report.path("fileName").asString()).isEqualTo("ostatki.csv");
		assertThat(report.path("format").asString()).isEqualTo("CSV");
		long id = report.path("id").asLong();

		JsonNode lines = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id + "/lines"))
			.path("items");
		assertThat(lines.findValuesAsString("sku")).containsExactly("EL-10001", "EL-10001", "EL-10002");
		assertThat(lines.findValuesAsString("warehouse")).containsExactly("Склад Москва", "Склад Тверь",
				"Склад Москва");
		assertThat(lines.get(0).path("productName").asString()).isEqualTo("Розетка своя");
		assertThat(lines.get(0).path("unit").asString()).isEqualTo("шт");
		// the warehouses add up where the channel inventory reads the stock
		assertThat(stockLevel(id, "EL-10001")).isEqualByComparingTo("15");
		assertThat(stockLevel(id, "EL-10002")).isEqualByComparingTo("3.5");
		JsonNode one = SellOutApi
			.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id + "/lines?sku=EL-10002"));
		assertThat(one.path("total").asInt()).isEqualTo(1);
		assertThat(kindOf(id)).isEqualTo("STOCK");
		assertThat(publishedKinds(id)).contains("STOCK").doesNotContain("SELLOUT");
	}

	@Test
	void theCanonicalJsonSaysItIsStockEvenThroughTheSellOutEndpoint() {
		SellOutApi api = new SellOutApi(browser());
		String json = """
				{"kind": "stock", "as_of": "2037-02-28", "lines": [
				  {"sku": "EL-10003", "quantity": "7", "warehouse": "Основной", "cost": "812.40"},
				  {"ean": "NO-SUCH-EAN", "quantity": "2"}
				]}""";
		HttpResponse<String> sent = api.post("alfa.manager", "application/json", json.getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		long id = SellOutApi.json(sent).path("id").asLong();
		JsonNode report = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id));
		assertThat(report.path("asOf").asString()).isEqualTo("2037-02-28");
		assertThat(report.path("format").asString()).isEqualTo("JSON");
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(report.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("7");
		JsonNode accepted = SellOutApi
			.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id + "/lines?filter=ACCEPTED"))
			.path("items");
		assertThat(accepted.size()).isEqualTo(1);
		assertThat(accepted.get(0).path("cost").decimalValue()).isEqualByComparingTo("812.40");
		JsonNode exception = SellOutApi
			.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id + "/exceptions"))
			.path("items")
			.get(0);
		assertThat(exception.path("problems").findValuesAsString("code")).containsExactly("unknownProduct");
		// a stock report is no sell-out report of its month
		assertThat(SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports?period=2037-02"))
			.path("items")
			.findValuesAsString("id")).doesNotContain(Long.toString(id));
		assertThat(SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports?period=2037-02"))
			.path("items")
			.findValues("id")
			.stream()
			.map(JsonNode::asLong)
			.toList()).contains(id);
	}

	@Test
	void anXlsxTakesItsDateFromItsTitleAndACsvFromThePeriodItCameWith() throws IOException {
		SellOutApi api = new SellOutApi(browser());
		byte[] xlsx = xlsx("Остатки на 31.03.2037", List.of("Артикул", "Наименование", "Склад", "Остаток"),
				List.of(List.of("EL-10004", "", "Основной", "12"), List.of("EL-10005", "", "Основной", "0")));
		HttpResponse<String> titled = stock(api, "alfa.manager", "ostatki-mart.xlsx", xlsx, null);
		assertThat(titled.statusCode()).as(titled.body()).isEqualTo(201);
		JsonNode fromTitle = SellOutApi.json(titled);
		assertThat(fromTitle.path("asOf").asString()).isEqualTo("2037-03-31");
		assertThat(fromTitle.path("format").asString()).isEqualTo("XLSX");
		assertThat(fromTitle.path("acceptedLines").asInt()).isEqualTo(2);
		assertThat(fromTitle.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("12");

		// told by its header, sent to the sell-out endpoint with a period: its last day
		String csv = "Артикул;Склад;Конечный остаток\nEL-10006;Основной;4\n";
		HttpResponse<String> sent = api.post("alfa.manager", "text/csv", csv.getBytes(StandardCharsets.UTF_8),
				"?period=2037-04");
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		long id = SellOutApi.json(sent).path("id").asLong();
		JsonNode fromPeriod = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id));
		assertThat(fromPeriod.path("asOf").asString()).isEqualTo("2037-04-30");
		assertThat(fromPeriod.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("4");
	}

	@Test
	void aFileOfUnclearKindAsksForItAndIsReadAsStockOnceToldSo() {
		SellOutApi api = new SellOutApi(browser());
		String csv = "Артикул;Наименование;Количество\nEL-10007;;6\nEL-10008;;2\n";
		HttpResponse<String> sent = api.post("alfa.manager", "text/csv", csv.getBytes(StandardCharsets.UTF_8), null);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		JsonNode waiting = SellOutApi.json(sent);
		long id = waiting.path("id").asLong();
		assertThat(waiting.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		assertThat(rejectionKey(id)).isEqualTo("sellout.needsMapping.kind");
		assertThat(waiting.path("waitingFor").asString()).contains("sales (sell-out) or stock");

		HttpResponse<String> badKind = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				"{\"kind\": \"INVENTORY\"}", "alfa.manager", "demo");
		assertThat(badKind.statusCode()).isEqualTo(422);
		HttpResponse<String> told = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				"{\"kind\": \"STOCK\", \"asOf\": \"2037-05-31\"}", "alfa.manager", "demo");
		assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
		assertThat(SellOutApi.json(told).path("kind").asString()).isEqualTo("STOCK");
		assertThat(SellOutApi.json(told).path("asOf").asString()).isEqualTo("2037-05-31");
		JsonNode report = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id));
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(report.path("asOf").asString()).isEqualTo("2037-05-31");
		assertThat(report.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("8");
		assertThat(stockLevel(id, "EL-10007")).isEqualByComparingTo("6");
	}

	@Test
	void aSalesReportSentAsStockIsRefusedAndTheStockOfItsDateStays() {
		SellOutApi api = new SellOutApi(browser());
		String stockCsv = "Артикул;Наименование;Склад;Остаток\nEL-10007;;Основной;9\n";
		HttpResponse<String> real = stock(api, "alfa.manager", "ostatki-06.csv",
				stockCsv.getBytes(StandardCharsets.UTF_8), "2037-06-30");
		long realId = SellOutApi.json(real).path("id").asLong();
		assertThat(SellOutApi.json(real).path("status").asString()).as(real.body()).isEqualTo("ACCEPTED");

		String salesCsv = "Дата;ИНН покупателя;Покупатель;Артикул;Количество;Сумма\n"
				+ "12.06.2037;7707083893;ООО Ромашка;EL-10007;3;300\n";
		HttpResponse<String> sales = stock(api, "alfa.manager", "prodazhi-06.csv",
				salesCsv.getBytes(StandardCharsets.UTF_8), "2037-06-30");
		JsonNode refused = SellOutApi.json(sales);
		assertThat(refused.path("status").asString()).as(sales.body()).isEqualTo("REJECTED");
		assertThat(rejectionKey(refused.path("id").asLong())).isEqualTo("sellout.rejected.salesAsStock");
		JsonNode stillThere = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + realId));
		assertThat(stillThere.path("status").asString()).as("the real stock of 30 June stays current")
			.isEqualTo("ACCEPTED");
		assertThat(stockLevel(realId, "EL-10007")).isEqualByComparingTo("9");
	}

	@Test
	void aStockReportWithoutADateAsksForOneAndTakesItFromAPerson() {
		SellOutApi api = new SellOutApi(browser());
		String csv = "Артикул;Склад;Остаток\nEL-10009;Основной;9\n";
		HttpResponse<String> sent = stock(api, "alfa.manager", "bez-daty.csv", csv.getBytes(StandardCharsets.UTF_8),
				null);
		JsonNode waiting = SellOutApi.json(sent);
		long id = waiting.path("id").asLong();
		assertThat(waiting.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		assertThat(rejectionKey(id)).isEqualTo("sellout.needsMapping.asOf");
		assertThat(kindOf(id)).isEqualTo("STOCK");
		HttpResponse<String> told = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				"{\"asOf\": \"2037-08-15\"}", "alfa.manager", "demo");
		assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
		JsonNode report = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id));
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(report.path("asOf").asString()).isEqualTo("2037-08-15");
	}

	@Test
	void negativeStockIsAnExceptionFixedInPlace() {
		SellOutApi api = new SellOutApi(browser());
		String csv = "Артикул;Склад;Остаток\nEL-10010;Основной;5\nEL-10011;Основной;-3\n";
		JsonNode report = SellOutApi
			.json(stock(api, "alfa.manager", "minus.csv", csv.getBytes(StandardCharsets.UTF_8), "2037-09-30"));
		long id = report.path("id").asLong();
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(report.path("exceptions").asInt()).isEqualTo(1);
		JsonNode exception = SellOutApi
			.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id + "/exceptions"))
			.path("items")
			.get(0);
		assertThat(exception.path("line").asInt()).isEqualTo(3);
		assertThat(exception.path("problems").get(0).path("code").asString()).isEqualTo("negativeStock");
		assertThat(exception.path("problems").get(0).path("reason").asString()).contains("negative stock");
		HttpResponse<String> russian = browser().request("GET", "/api/v1/sellout/stock-reports/" + id + "/exceptions",
				null, null, "Authorization", basic("alfa.manager"), "Accept-Language", "ru");
		assertThat(SellOutApi.json(russian).path("items").get(0).path("problems").get(0).path("reason").asString())
			.contains("отрицательный остаток");
		assertThat(stockLevel(id, "EL-10011")).isNull();

		HttpResponse<String> fixed = browser().apiSend("PUT", "/api/v1/sellout/stock-reports/" + id + "/lines/3",
				"{\"field\": \"quantity\", \"value\": \"3\"}", "alfa.manager", "demo");
		assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
		assertThat(SellOutApi.json(fixed).path("resolved").asInt()).isEqualTo(1);
		JsonNode after = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + id));
		assertThat(after.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(after.path("acceptedQuantity").decimalValue()).isEqualByComparingTo("8");
		assertThat(stockLevel(id, "EL-10011")).isEqualByComparingTo("3");
		assertThat(publishedTypes(id)).contains("SellOutReportLinesChanged");
	}

	@Test
	void aLaterStockReportOfTheSameDateSupersedesAndCanBeUndoneLeavingSellOutAlone() {
		SellOutApi api = new SellOutApi(browser());
		// beta's sell-out report of the same month, which no stock report touches
		JsonNode sales = SellOutApi.json(api.upload("beta.manager", "iyun.csv",
				SalesFile.create().sale("10.06.2038", "EL-10012", 2, "2000").bytes(), "2038-06"));
		assertThat(sales.path("status").asString()).isEqualTo("ACCEPTED");
		long distributor = distributorId("BETA");
		SellOutData.DataFilter june = new SellOutData.DataFilter(YearMonth.of(2038, 6), YearMonth.of(2038, 6),
				distributor, null, null, null, null, null, false);
		SellOutData.Totals before = asSystem(() -> data.totals(june));
		assertThat(before.lines()).isEqualTo(1);

		JsonNode v1 = SellOutApi.json(stock(api, "beta.manager", "v1.csv",
				"Артикул;Остаток\nEL-10012;10\n".getBytes(StandardCharsets.UTF_8), "2038-06-30"));
		JsonNode v2 = SellOutApi.json(stock(api, "beta.manager", "v2.csv",
				"Артикул;Остаток\nEL-10012;12\n".getBytes(StandardCharsets.UTF_8), "2038-06-30"));
		JsonNode other = SellOutApi.json(stock(api, "beta.manager", "other-day.csv",
				"Артикул;Остаток\nEL-10012;11\n".getBytes(StandardCharsets.UTF_8), "2038-06-29"));
		long first = v1.path("id").asLong();
		long second = v2.path("id").asLong();
		assertThat(v2.path("version").asInt()).isEqualTo(2);
		assertThat(other.path("version").asInt()).as("versions are per as-of date").isEqualTo(1);
		assertThat(other.path("status").asString()).isEqualTo("ACCEPTED");
		JsonNode old = SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/stock-reports/" + first));
		assertThat(old.path("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(old.path("supersededBy").asLong()).isEqualTo(second);
		assertThat(stockLevel(second, "EL-10012")).isEqualByComparingTo("12");

		// the month's sell-out report stays its active report, its figures as they were
		JsonNode salesNow = SellOutApi
			.json(api.get("beta.manager", "/api/v1/sellout/reports/" + sales.path("id").asLong()));
		assertThat(salesNow.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports?period=2038-06"))
			.path("items")
			.findValues("id")
			.stream()
			.map(JsonNode::asLong)
			.toList()).containsExactly(sales.path("id").asLong());
		SellOutData.Totals after = asSystem(() -> data.totals(june));
		assertThat(after.lines()).isEqualTo(before.lines());
		assertThat(after.quantity()).isEqualByComparingTo(before.quantity());
		assertThat(after.amountNet()).isEqualByComparingTo(before.amountNet());

		HttpResponse<String> restored = browser().apiSend("POST", "/api/v1/sellout/stock-reports/" + first + "/restore",
				"", "beta.admin", "demo");
		assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
		assertThat(SellOutApi.json(restored).path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/stock-reports/" + second))
			.path("status")
			.asString()).isEqualTo("SUPERSEDED");
		assertThat(
				SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/stock-reports/" + other.path("id").asLong()))
					.path("status")
					.asString())
			.as("another date's report is no version of this one")
			.isEqualTo("ACCEPTED");
		assertThat(stockLevel(first, "EL-10012")).isEqualByComparingTo("10");

		HttpResponse<String> withdrawn = browser().apiSend("POST",
				"/api/v1/sellout/stock-reports/" + first + "/withdraw", "", "beta.admin", "demo");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(SellOutApi.json(withdrawn).path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(stockLevel(first, "EL-10012")).isNull();
		assertThat(stockLevel(second, "EL-10012")).isNull();
		assertThat(salesNow.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports/" + sales.path("id").asLong()))
			.path("status")
			.asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void anotherDistributorNeverSeesAStockReport() {
		SellOutApi api = new SellOutApi(browser());
		long id = SellOutApi
			.json(stock(api, "alfa.manager", "svoi.csv",
					"Артикул;Остаток\nEL-10013;1\nEL-10014;-1\n".getBytes(StandardCharsets.UTF_8), "2037-11-30"))
			.path("id")
			.asLong();
		for (String path : List.of("", "/lines", "/exceptions")) {
			assertThat(api.get("gamma.manager", "/api/v1/sellout/stock-reports/" + id + path).statusCode()).as(path)
				.isEqualTo(404);
		}
		assertThat(api.get("gamma.1c", "/api/v1/sellout/stock-reports/" + id).statusCode()).isEqualTo(404);
		assertThat(api.get("gamma.manager", "/api/v1/sellout/reports/" + id).statusCode()).isEqualTo(404);
		assertThat(browser()
			.apiSend("PUT", "/api/v1/sellout/stock-reports/" + id + "/lines/3",
					"{\"field\": \"quantity\", \"value\": \"1\"}", "gamma.manager", "demo")
			.statusCode()).isEqualTo(404);
		assertThat(SellOutApi.json(api.get("gamma.manager", "/api/v1/sellout/stock-reports?period=2037-11"))
			.path("items")
			.findValues("id")
			.stream()
			.map(JsonNode::asLong)
			.toList()).doesNotContain(id);
		assertThat(api.get("gamma.manager", "/api/v1/sellout/stock-reports?distributor=ALFA").statusCode())
			.isEqualTo(404);
		// its own distributor and the manufacturer do see it
		assertThat(api.get("alfa.1c", "/api/v1/sellout/stock-reports/" + id).statusCode()).isEqualTo(200);
		assertThat(SellOutApi.json(api.get("admin", "/api/v1/sellout/stock-reports?distributor=ALFA&period=2037-11"))
			.path("items")
			.findValues("id")
			.stream()
			.map(JsonNode::asLong)
			.toList()).contains(id);
		// a sell-out report is no stock report
		long sales = SellOutApi
			.json(api.upload("alfa.manager", "dek.csv",
					SalesFile.create().sale("10.12.2037", "EL-10015", 1, "100").bytes(), "2037-12"))
			.path("id")
			.asLong();
		assertThat(api.get("alfa.manager", "/api/v1/sellout/stock-reports/" + sales).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> stock(SellOutApi api, String login, String name, byte[] content, String asOf) {
		return browser().apiUpload("/api/v1/sellout/stock-reports" + (asOf == null ? "" : "?asOf=" + asOf), name,
				content, login, "demo");
	}

	private BigDecimal stockLevel(long reportId, String sku) {
		return asSystem(() -> jdbc.sql("select quantity from stock_levels where report_id = ? and sku = ?")
			.params(reportId, sku)
			.query(BigDecimal.class)
			.optional()
			.orElse(null));
	}

	private String kindOf(long reportId) {
		return asSystem(() -> jdbc.sql("select kind from sellout_reports where id = ?")
			.param(reportId)
			.query(String.class)
			.single());
	}

	private String rejectionKey(long reportId) {
		return asSystem(() -> jdbc.sql("select rejection_key from sellout_reports where id = ?")
			.param(reportId)
			.query(String.class)
			.single());
	}

	private List<String> publishedKinds(long reportId) {
		return asSystem(() -> jdbc.sql("""
				select distinct serialized_event::jsonb ->> 'kind' from event_publication
				 where (serialized_event::jsonb ->> 'reportId')::bigint = ?""")
			.param(reportId)
			.query(String.class)
			.list());
	}

	private List<String> publishedTypes(long reportId) {
		List<String> types = new ArrayList<>();
		asSystem(() -> jdbc.sql("""
				select distinct event_type from event_publication
				 where (serialized_event::jsonb ->> 'reportId')::bigint = ?""")
			.param(reportId)
			.query(String.class)
			.list()).forEach(type -> types.add(type.substring(type.lastIndexOf('.') + 1)));
		return types;
	}

	private static String basic(String login) {
		return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] xlsx(String title, List<String> header, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Остатки");
			sheet.createRow(0).createCell(0).setCellValue(title);
			Row head = sheet.createRow(2);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(3 + r);
				for (int i = 0; i < rows.get(r).size(); i++) {
					String value = rows.get(r).get(i);
					if (value.matches("-?\\d+")) {
						row.createCell(i).setCellValue(Double.parseDouble(value));
					}
					else if (!value.isEmpty()) {
						row.createCell(i).setCellValue(value);
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
