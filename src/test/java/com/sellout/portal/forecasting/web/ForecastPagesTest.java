package com.sellout.portal.forecasting.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.ForecastMonth;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.SalesForecast;
import com.sellout.portal.forecasting.SalesForecasts;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.GetForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The «Прогноз» page over real HTTP, chosen through the selector it renders: the
 * manufacturer picks a distributor, a group and a product and sees the history as sent,
 * the forecast the service made with its 80 % band, the method and its backtest error;
 * the export names its selection and is audited; a distributor's user has no selector of
 * distributors, and an address naming another distributor is not found — page and export
 * alike.
 */
class ForecastPagesTest extends PortalTest {

	private static final String SELECTOR = "form[data-testid=forecast-filters]";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private SalesForecasts forecasts;

	@BeforeEach
	void sales() {
		ForecastPageFixture.ensure(jdbc, transactions, distributors, users, this::browser);
	}

	@Test
	void theManufacturerChoosesADistributorAGroupAndAProductAndSeesItsForecastWithTheBand() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Document page = page(admin, "/forecast");
		GetForm selector = GetForm.of(page, SELECTOR);
		assertThat(selector.has("distributor")).as("the manufacturer chooses the distributor").isTrue();
		page = page(admin, selector.choose("distributor", ForecastPageFixture.A).address());
		page = page(admin, GetForm.of(page, SELECTOR).choose("group", ForecastPageFixture.ROOT).address());
		assertThat(page.select("select[name=sku] option").eachText()).as("the group's products are offered")
			.anyMatch(t -> t.startsWith(ForecastPageFixture.SEASONAL))
			.anyMatch(t -> t.startsWith(ForecastPageFixture.B_PRODUCT));
		page = page(admin,
				GetForm.of(page, SELECTOR)
					.choose("sku", ForecastPageFixture.SEASONAL + " — Светильник «Прогноз» LED 36 Вт")
					.fill("horizon", "6")
					.address());

		assertThat(page.selectFirst("[data-testid=selection]").text()).contains(ForecastPageFixture.A,
				ForecastPageFixture.SEASONAL);
		JsonNode chart = chart(page, "forecast-chart");
		List<String> months = texts(chart.path("months"));
		assertThat(months).as("30 months of history, then 6 of forecast")
			.hasSize(36)
			.startsWith("2077-01")
			.endsWith("2079-12");
		for (int i = 0; i < 30; i++) {
			assertThat(chart.path("history").get(i).decimalValue())
				.as("the history is what was sent, month %s", months.get(i))
				.isEqualByComparingTo(BigDecimal.valueOf(ForecastPageFixture.seasonal(i)));
		}
		SalesForecast expected = asUser("admin",
				() -> forecasts.forecast(new ForecastRequest(distributorId(ForecastPageFixture.A),
						ForecastPageFixture.SEASONAL, null, 6, null, null)));
		assertThat(expected.forecast()).hasSize(6);
		for (int i = 0; i < 6; i++) {
			ForecastMonth month = expected.forecast().get(i);
			JsonNode lower = chart.path("lower").get(30 + i);
			JsonNode band = chart.path("band").get(30 + i);
			assertThat(chart.path("forecast").get(30 + i).decimalValue()).isEqualByComparingTo(month.quantity());
			assertThat(lower.decimalValue()).isEqualByComparingTo(month.lower80());
			assertThat(band.decimalValue()).as("the band is the interval's width")
				.isEqualByComparingTo(month.upper80().subtract(month.lower80()));
			assertThat(month.upper80()).isGreaterThanOrEqualTo(month.quantity());
			assertThat(month.lower80()).isLessThanOrEqualTo(month.quantity());
		}
		assertThat(chart.path("lower").get(0).isNull()).as("no band over the history").isTrue();
		assertThat(page.selectFirst("[data-testid=forecast-method] [data-figure=method]").text())
			.isEqualTo(expected.method())
			.isNotEqualTo("bottom-up");
		assertThat(page.select("[data-testid=forecast-table] tr.future")).hasSize(6);
		if (expected.backtest() != null && expected.backtest().wape() != null) {
			assertThat(page.selectFirst("[data-testid=forecast-wape] [data-figure=wape]").text()).endsWith("%");
			assertThat(page.selectFirst("[data-testid=backtest-explained]").text())
				.contains(String.valueOf(expected.backtest().windows()))
				.contains("WAPE", "MASE");
		}
		assertThat(page.select("[data-testid=sell-in-table] tbody tr")).as("a sell-in month per forecast month")
			.hasSize(6);
	}

	@Test
	void aGroupIsTheSumOfItsSeriesBottomUp() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		long root = ForecastPageFixture.groupId(jdbc, transactions, ForecastPageFixture.ROOT);
		Document page = page(admin, "/forecast?distributor=" + ForecastPageFixture.A + "&group=" + root + "&horizon=3");
		assertThat(page.selectFirst("[data-testid=forecast-method] [data-figure=method]").text())
			.isEqualTo("Сумма прогнозов рядов");
		JsonNode chart = chart(page, "forecast-chart");
		assertThat(texts(chart.path("months")).get(27)).isEqualTo("2079-04");
		assertThat(chart.path("history").get(27).decimalValue()).as("2079-04: both of A's products")
			.isEqualByComparingTo(BigDecimal.valueOf(ForecastPageFixture.seasonal(27) + 5 + 27 % 4));
		assertThat(chart.path("history").get(28).decimalValue()).as("2079-05: the seasonal one only")
			.isEqualByComparingTo(BigDecimal.valueOf(ForecastPageFixture.seasonal(28)));
		assertThat(page.selectFirst("[data-testid=forecast-method] [data-figure=series]").text())
			.isEqualTo("Сумма 2 прогнозов «дистрибьютор × товар»");
	}

	@Test
	void asOfAMonthTheHistoryEndsThere() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Document page = page(admin, GetForm
			.of(page(admin, "/forecast?distributor=" + ForecastPageFixture.A + "&sku=" + ForecastPageFixture.SEASONAL),
					SELECTOR)
			.choose("asOf.month", "Декабрь")
			.choose("asOf.year", "2078")
			.fill("horizon", "12")
			.address());
		JsonNode chart = chart(page, "forecast-chart");
		List<String> months = texts(chart.path("months"));
		assertThat(months).as("24 months of history to 2078-12, then 12 of forecast").hasSize(36).endsWith("2079-12");
		assertThat(chart.path("history").get(23).isNull()).isFalse();
		assertThat(chart.path("history").get(24).isNull()).as("no history after asOf").isTrue();
		assertThat(page.selectFirst("[data-testid=as-of-note]").text()).contains("2078-12");
		assertThat(page.select("[data-testid=track-record]")).hasSize(1);
	}

	@Test
	void theExportNamesTheSelectionAndIsAudited() throws IOException {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Document page = page(admin, "/forecast?distributor=" + ForecastPageFixture.A + "&sku="
				+ ForecastPageFixture.SEASONAL + "&horizon=4");
		HttpResponse<byte[]> file = admin.download(page.selectFirst("[data-testid=forecast-export]").attr("href"));
		assertThat(file.statusCode()).isEqualTo(200);
		List<List<String>> rows = rows(file.body());
		assertThat(rows.get(1)).containsExactly("Дистрибьютор", ForecastPageFixture.A);
		assertThat(rows.get(2).get(1)).startsWith(ForecastPageFixture.SEASONAL);
		assertThat(rows.get(3)).containsExactly("Горизонт, мес.", "4");
		int forecast = indexOf(rows, "Прогноз по месяцам");
		assertThat(rows.subList(forecast + 2, forecast + 6)).extracting(r -> r.get(0))
			.containsExactly("2079-07", "2079-08", "2079-09", "2079-10");
		int history = indexOf(rows, "История продаж");
		assertThat(rows.get(history + 2)).containsExactly("2077-01", String.valueOf(ForecastPageFixture.seasonal(0)));
		assertThat(indexOf(rows, "Потребность в закупке (sell-in)")).isPositive();
		assertThat(asSystem(() -> jdbc.sql("""
				select target_id || ' ' || details from audit_events
				 where action = 'FORECAST_EXPORTED' and actor = 'admin' order by id desc limit 1""")
			.query(String.class)
			.single())).startsWith("forecast-" + ForecastPageFixture.A + "-" + ForecastPageFixture.SEASONAL + " xlsx");
	}

	@Test
	void aDistributorSeesItsOwnForecastOnlyWhateverTheAddressSays() {
		PortalHttp a = browser().loggedInAs("fcp77a.admin", "demo");
		Document own = page(a, "/forecast?sku=" + ForecastPageFixture.SEASONAL);
		assertThat(GetForm.of(own, SELECTOR).has("distributor")).as("no choice of distributor").isFalse();
		assertThat(own.selectFirst("[data-testid=selection]").text()).contains(ForecastPageFixture.A);
		assertThat(chart(own, "forecast-chart").path("history").size()).isGreaterThanOrEqualTo(30);
		assertThat(own.text()).doesNotContain(ForecastPageFixture.B);

		String other = "distributor=" + ForecastPageFixture.B + "&sku=" + ForecastPageFixture.B_PRODUCT;
		assertThat(a.get("/forecast?" + other).statusCode()).isEqualTo(404);
		assertThat(a.download("/forecast/export.xlsx?" + other).statusCode()).isEqualTo(404);
		assertThat(a.get("/forecast/named-orders?distributor=" + ForecastPageFixture.B).statusCode()).isEqualTo(404);
		assertThat(a.get("/forecast?distributor=ALFA").statusCode()).isEqualTo(404);

		Document bProduct = page(a, "/forecast?sku=" + ForecastPageFixture.B_PRODUCT);
		assertThat(bProduct.select("[data-testid=forecast-empty]")).as("B's product has no sales of A's").hasSize(1);
		assertThat(bProduct.text()).doesNotContain(ForecastPageFixture.B);
	}

	/** B's user (whose language the switch stores: Russian again at the end). */
	@Test
	void thePageSpeaksEnglishOnRequest() {
		PortalHttp b = browser().loggedInAs("fcp77b.admin", "demo");
		try {
			Document page = page(b, "/forecast?lang=en&sku=" + ForecastPageFixture.B_PRODUCT + "&horizon=3");
			assertThat(page.selectFirst("h1").text()).isEqualTo("Sales forecast");
			assertThat(page.selectFirst("[data-testid=sell-in] h2").text()).isEqualTo("Sell-in need");
			assertThat(chart(page, "forecast-chart").path("labels").path("band").asString())
				.isEqualTo("80\u00a0% interval");
		}
		finally {
			b.get("/forecast?lang=ru");
		}
	}

	private static Document page(PortalHttp http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://portal" + path);
	}

	private static JsonNode chart(Document page, String testId) {
		Element element = page.selectFirst("[data-testid=" + testId + "]");
		assertThat(element).as(testId).isNotNull();
		return JSON.readTree(element.attr("data-chart"));
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	private static int indexOf(List<List<String>> rows, String first) {
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
				return i;
			}
		}
		return -1;
	}

	/** The sheet's cells as text: numbers as plain numbers. */
	private static List<List<String>> rows(byte[] xlsx) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : switch (cell.getCellType()) {
							case NUMERIC ->
								BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
							default -> cell.toString();
						});
					}
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
