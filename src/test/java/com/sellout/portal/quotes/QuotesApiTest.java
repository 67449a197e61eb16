package com.sellout.portal.quotes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.quotes.internal.AmountInWords;
import com.sellout.portal.shared.DisplayNumbers;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commercial proposals over the API: made by a distributor's people with their number,
 * totals and words, refused field by field, numbered without gaps when made at once,
 * versioned, downloaded as PDF and xlsx, and invisible to another distributor — in the
 * API, the pages, the files and the database itself.
 */
class QuotesApiTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CLIENT_INN = "7707083893";

	private PortalHttp http;

	private Product first;

	private Product second;

	record Product(String sku, BigDecimal listPrice) {
	}

	@BeforeEach
	void setUp() {
		http = browser();
		List<Product> products = asSystem(() -> jdbc.sql("""
				select sku, list_price from products where active and list_price > 0 order by sku limit 2""")
			.query(Product.class)
			.list());
		first = products.get(0);
		second = products.get(1);
		asUser("admin",
				() -> quoteRequisites.saveManufacturer(new Requisites("АО \"Светотехника-Тест\"", "7736050003",
						"773601001", "г. Москва, Проспект Мира, д. 10", "ПАО Сбербанк", "044525225",
						"40702810400000000001", "30101810400000000225", null, null)));
	}

	@Autowired
	private QuoteRequisites quoteRequisites;

	@Test
	void aDistributorsManagerMakesAQuoteWithItsNumberTotalsAndWords() throws Exception {
		LocalDate validUntil = LocalDate.now().plusDays(20);
		HttpResponse<String> created = http.apiSend("POST", "/api/v1/quotes", """
				{"clientInn":"%s","clientName":"ООО «Ромашка»","validUntil":"%s","lines":[
				  {"sku":"%s","quantity":10,"price":"100.00","discountPercent":0,"vatRate":22},
				  {"sku":"%s","quantity":"3","discountPercent":"7,5"}]}""".formatted(CLIENT_INN, validUntil,
				first.sku(), second.sku()), "alfa.manager", "demo");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/quotes/" + body.get("id").asLong());
		assertThat(body.get("number").asString()).matches("КП-ALFA-" + LocalDate.now().getYear() + "-\\d+");
		assertThat(body.get("version").asInt()).isEqualTo(1);
		// the second line at its list price, net of VAT, 7.5 % off, 22 % VAT by default
		QuoteTotals.LineSums one = QuoteTotals.line(BigDecimal.TEN, new BigDecimal("100.00"), BigDecimal.ZERO,
				new BigDecimal("22"));
		QuoteTotals.LineSums two = QuoteTotals.line(new BigDecimal("3"), second.listPrice(), new BigDecimal("7.5"),
				new BigDecimal("22"));
		QuoteTotals totals = QuoteTotals.of(List.of(one, two));
		assertThat(body.get("totalNet").decimalValue()).isEqualByComparingTo(totals.net());
		assertThat(body.get("vat").decimalValue()).isEqualByComparingTo(totals.vat());
		assertThat(body.get("total").decimalValue()).isEqualByComparingTo(totals.total());
		assertThat(body.get("totalInWords").asString()).isEqualTo(AmountInWords.of(totals.total()));
		assertThat(body.get("validUntil").asString()).isEqualTo(validUntil.toString());
		assertThat(body.get("lines").get(1).get("price").decimalValue()).isEqualByComparingTo(second.listPrice());

		// the manufacturer sees it; its people make none
		assertThat(http.api("/api/v1/quotes/" + body.get("id").asLong(), "analyst", "demo").statusCode())
			.isEqualTo(200);
		assertThat(http
			.apiSend("POST", "/api/v1/quotes",
					"""
							{"clientInn":"%s","clientName":"X","lines":[{"sku":"%s","quantity":1}]}"""
						.formatted(CLIENT_INN, first.sku()),
					"analyst", "demo")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aRefusedQuoteNamesEachBadField() throws Exception {
		HttpResponse<String> refused = http.apiSend("POST", "/api/v1/quotes", """
				{"clientInn":"7707083890","clientName":" ","validUntil":"2020-01-01","lines":[
				  {"sku":"NO-SUCH-SKU","quantity":1},
				  {"sku":"%s","quantity":"много","vatRate":18},
				  {"sku":"%s","quantity":1,"price":-5,"discountPercent":101}]}""".formatted(first.sku(), first.sku()),
				"alfa.manager", "demo");

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		JSON.readTree(refused.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("clientInn", "clientName", "validUntil", "lines[0].sku",
				"lines[1].quantity", "lines[1].vatRate", "lines[2].price", "lines[2].discountPercent");
		assertThat(refused.body()).contains("The catalog has no such SKU");
		assertThat(http
			.apiSend("POST", "/api/v1/quotes", "{\"clientInn\":\"" + CLIENT_INN + "\",\"clientName\":\"X\"}",
					"alfa.manager", "demo")
			.body()).contains("\"lines\"");
	}

	@Test
	void numbersFollowEachOtherPerDistributorAndYearWithNoGapWhenMadeAtOnce() throws Exception {
		String json = """
				{"clientInn":"%s","clientName":"ООО «Параллель»","lines":[{"sku":"%s","quantity":1}]}"""
			.formatted(CLIENT_INN, first.sku());
		List<Integer> numbers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers
					.add(pool.submit(() -> browser().apiSend("POST", "/api/v1/quotes", json, "alfa.manager", "demo")));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				String number = JSON.readTree(response.body()).get("number").asString();
				assertThat(number).startsWith("КП-ALFA-" + LocalDate.now().getYear() + "-");
				numbers.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
			}
		}
		finally {
			pool.shutdownNow();
		}
		int lowest = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
		assertThat(numbers).containsExactlyInAnyOrder(lowest, lowest + 1, lowest + 2, lowest + 3, lowest + 4,
				lowest + 5);

		// a refused proposal takes no number; another distributor counts its own
		http.apiSend("POST", "/api/v1/quotes", "{\"clientInn\":\"1\"}", "alfa.manager", "demo");
		String next = JSON.readTree(http.apiSend("POST", "/api/v1/quotes", json, "alfa.admin", "demo").body())
			.get("number")
			.asString();
		assertThat(next).endsWith("-" + (lowest + 6));
		String beta = JSON.readTree(http.apiSend("POST", "/api/v1/quotes", json, "beta.manager", "demo").body())
			.get("number")
			.asString();
		assertThat(beta).startsWith("КП-BETA-" + LocalDate.now().getYear() + "-");
	}

	@Test
	void aNewVersionKeepsTheNumberAndEveryEarlierVersionStaysDownloadable() throws Exception {
		JsonNode v1 = create("alfa.manager", "ООО «Версия»", first.sku(), "2", "150.00");
		HttpResponse<String> answer = http.apiSend("POST", "/api/v1/quotes/" + v1.get("id").asLong() + "/versions", """
				{"lines":[{"sku":"%s","quantity":5,"price":"150.00"}]}""".formatted(first.sku()), "alfa.admin", "demo");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		JsonNode v2 = JSON.readTree(answer.body());
		assertThat(v2.get("number").asString()).isEqualTo(v1.get("number").asString());
		assertThat(v2.get("version").asInt()).isEqualTo(2);
		assertThat(v2.get("clientName").asString()).isEqualTo("ООО «Версия»");
		assertThat(v2.get("totalNet").decimalValue()).isEqualByComparingTo("750.00");
		// a version made from the first one again is the third
		JsonNode v3 = JSON.readTree(http
			.apiSend("POST", "/api/v1/quotes/" + v1.get("id").asLong() + "/versions", "{}", "alfa.manager", "demo")
			.body());
		assertThat(v3.get("version").asInt()).isEqualTo(3);
		assertThat(v3.get("totalNet").decimalValue()).isEqualByComparingTo("300.00");

		JsonNode old = JSON
			.readTree(http.api("/api/v1/quotes/" + v1.get("id").asLong(), "alfa.manager", "demo").body());
		assertThat(old.get("version").asInt()).isEqualTo(1);
		assertThat(old.get("totalNet").decimalValue()).isEqualByComparingTo("300.00");
		assertThat(old.get("versions")).hasSize(3);
		String pdf = pdfText(apiBytes("/api/v1/quotes/" + v1.get("id").asLong() + "/pdf", "alfa.manager"));
		assertThat(pdf).contains(v1.get("number").asString(), "Версия 1", "300,00");
		// the list shows each number once, at its latest version
		JsonNode list = JSON
			.readTree(http.api("/api/v1/quotes?q=" + q(v1.get("number").asString()), "alfa.manager", "demo").body());
		assertThat(list.get("items")).hasSize(1);
		assertThat(list.get("items").get(0).get("version").asInt()).isEqualTo(3);
	}

	@Test
	void thePdfAndXlsxSayWhatTheQuoteIsAndNothingOfAPriceFloor() throws Exception {
		asUser("alfa.admin",
				() -> quoteRequisites
					.saveOwn(new Requisites("ООО \"Альфа Электро\"", null, null, "г. Москва, ул. Складская, д. 5",
							"АО Альфа-Банк", "044525593", "40702810000000000002", "30101810200000000593", null, null)));
		JsonNode quote = create("alfa.manager", "ООО «Документ»", first.sku(), "4", "250.00");
		long id = quote.get("id").asLong();

		String pdf = pdfText(apiBytes("/api/v1/quotes/" + id + "/pdf", "alfa.manager"));
		assertThat(pdf)
			.contains(quote.get("number").asString(), "ООО «Документ»", "ИНН " + CLIENT_INN, first.sku(), "1 000,00",
					"1 220,00", "Сумма прописью: Одна тысяча двести двадцать рублей 00 копеек")
			.contains("АО \"Светотехника-Тест\"", "БИК 044525225", "Поставщик: ООО \"Альфа Электро\"",
					"г. Москва, ул. Складская, д. 5", "р/с 40702810000000000002");
		List<BigDecimal> floors = asSystem(() -> jdbc.sql("""
				select f.min_price from price_floors f join products p on p.id = f.product_id where p.sku = ?""")
			.param(first.sku())
			.query(BigDecimal.class)
			.list());
		for (BigDecimal floor : floors) {
			assertThat(pdf).doesNotContain(
					DisplayNumbers.format(floor, "#,##0.00", Locale.forLanguageTag("ru")).replace('\u00a0', ' '));
		}

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(apiBytes("/api/v1/quotes/" + id + "/xlsx", "alfa.manager")))) {
			DataFormatter formatter = new DataFormatter();
			List<String> cells = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(c -> cells.add(formatter.formatCellValue(c)));
			}
			assertThat(cells).contains(quote.get("number").asString(), "ООО «Документ»", first.sku(),
					"Одна тысяча двести двадцать рублей 00 копеек");
		}
	}

	@Test
	void anotherDistributorsQuoteIsMissingEverywhere() throws Exception {
		JsonNode quote = create("alfa.manager", "ООО «Тайна»", first.sku(), "1", "10.00");
		long id = quote.get("id").asLong();

		for (String path : List.of("/api/v1/quotes/" + id, "/api/v1/quotes/" + id + "/pdf",
				"/api/v1/quotes/" + id + "/xlsx")) {
			assertThat(http.api(path, "beta.manager", "demo").statusCode()).as(path).isEqualTo(404);
		}
		assertThat(http.apiSend("POST", "/api/v1/quotes/" + id + "/versions", "{}", "beta.admin", "demo").statusCode())
			.isEqualTo(404);
		assertThat(http.api("/api/v1/quotes?q=" + q(quote.get("number").asString()), "beta.manager", "demo").body())
			.doesNotContain(quote.get("number").asString());
		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");
		for (String path : List.of("/quotes/" + id, "/quotes/" + id + "/pdf", "/quotes/" + id + "/xlsx",
				"/quotes/" + id + "/versions/new")) {
			assertThat(beta.get(path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(Jsoup.parse(beta.get("/quotes?q=" + q(quote.get("number").asString())).body())
			.select("[data-testid=quotes-list] tbody")
			.text()).doesNotContain(quote.get("number").asString());
		assertThat(http.api("/api/v1/quotes/" + id, "admin", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void theDatabaseItselfHidesAnotherDistributorsQuotes() throws Exception {
		long id = create("alfa.manager", "ООО «Стена»", first.sku(), "1", "10.00").get("id").asLong();
		long alfa = distributorId("ALFA");
		long beta = distributorId("BETA");
		for (String table : List.of("quotes", "quote_lines", "quote_parties")) {
			String column = table.equals("quotes") ? "id" : "quote_id";
			long seen = transactions.callAs(DataScope.distributor(beta),
					() -> jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
						.param(id)
						.query(Long.class)
						.single());
			long own = transactions.callAs(DataScope.distributor(alfa),
					() -> jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
						.param(id)
						.query(Long.class)
						.single());
			assertThat(seen).as(table).isZero();
			assertThat(own).as(table).isPositive();
		}
		long counters = transactions.callAs(DataScope.distributor(beta),
				() -> jdbc.sql("select count(*) from quote_counters where distributor_id = ?")
					.param(alfa)
					.query(Long.class)
					.single());
		assertThat(counters).isZero();
		assertThat(transactions.callAs(DataScope.distributor(beta),
				() -> jdbc.sql("update quote_counters set last_number = 0 where distributor_id = ?")
					.param(alfa)
					.update()))
			.isZero();
		assertThat(transactions.callAs(DataScope.distributor(beta),
				() -> jdbc.sql("update quotes set client_name = 'x' where id = ?").param(id).update()))
			.isZero();
		assertThatThrownBy(() -> transactions.runAs(DataScope.distributor(beta),
				() -> jdbc.sql("""
						insert into quote_distributor_requisites (distributor_id, name) values (?, 'hijack')""")
					.param(alfa)
					.update()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("row-level security");
		// the manufacturer's requisites are read by all, written only in the
		// all-distributors scope
		assertThatThrownBy(
				() -> transactions
					.runAs(DataScope.distributor(beta),
							() -> jdbc.sql("insert into quote_logos (content_type, width, height, content) values"
									+ " ('image/png', 1, 1, '\\x00')")
								.update()))
			.isInstanceOf(DataAccessException.class);
	}

	private JsonNode create(String login, String client, String sku, String quantity, String price) throws IOException {
		HttpResponse<String> created = http.apiSend("POST", "/api/v1/quotes", """
				{"clientInn":"%s","clientName":"%s","lines":[{"sku":"%s","quantity":%s,"price":"%s"}]}"""
			.formatted(CLIENT_INN, client, sku, quantity, price), login, "demo");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body());
	}

	private byte[] apiBytes(String path, String login) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
		}
	}

}
