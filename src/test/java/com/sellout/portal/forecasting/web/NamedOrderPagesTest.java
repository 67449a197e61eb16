package com.sellout.portal.forecasting.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.NamedOrder;
import com.sellout.portal.forecasting.NamedOrderForm;
import com.sellout.portal.forecasting.NamedOrders;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.TableFiles;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Именные заказы» over real HTTP, through the forms the page renders: a distributor's
 * user enters one (its distributor implied), sees it listed and in the sell-in need of
 * its month, and deletes it; a bad field is shown at the field and nothing is stored; an
 * xlsx is loaded row by row, each bad row shown by row, column and why, the template
 * offered has the columns the upload reads; another distributor's order can be neither
 * seen nor deleted.
 */
class NamedOrderPagesTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private NamedOrders namedOrders;

	@BeforeEach
	void sales() {
		ForecastPageFixture.ensure(jdbc, transactions, distributors, users, this::browser);
	}

	@Test
	void aNamedOrderEnteredThroughTheFormIsListedCountedInTheSellInAndDeleted() {
		PortalHttp a = browser().loggedInAs("fcp77a.admin", "demo");
		PageForm form = PageForm.on(a, "/forecast/named-orders", "form[data-testid=named-order-form]");
		assertThat(form.options("distributor")).as("a distributor's user orders for itself").isEmpty();
		HttpResponse<String> sent = form.fill("clientInn", ForecastPageFixture.A_CLIENT)
			.fill("sku", ForecastPageFixture.SEASONAL)
			.fill("quantity", "25")
			.choose("month.month", "Сентябрь")
			.choose("month.year", "2079")
			.fill("project", "ЖК «Тестовый», корпус 7")
			.submit();
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);

		Document list = page(a, "/forecast/named-orders");
		Element row = list.select("[data-testid=named-order-list] tbody tr")
			.stream()
			.filter(r -> r.text().contains("ЖК «Тестовый», корпус 7"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the order entered is not listed"));
		assertThat(row.text()).contains("Сентябрь 2079", ForecastPageFixture.A_CLIENT, ForecastPageFixture.SEASONAL,
				"25");

		Document forecast = page(a, "/forecast?sku=" + ForecastPageFixture.SEASONAL + "&horizon=6&asOf=2079-06");
		assertThat(forecast.selectFirst("[data-testid=sell-in-table] tr[data-month=2079-09] [data-part=named]").text())
			.as("the named order is a part of the month's sell-in need")
			.isEqualTo("25");

		HttpResponse<String> deleted = PageForm
			.on(a, "/forecast/named-orders", "tr[data-id=" + row.attr("data-id") + "] form[action$=/delete]")
			.submit();
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(page(a, "/forecast/named-orders").select("tr[data-id=" + row.attr("data-id") + "]")).isEmpty();
	}

	@Test
	void aBadFieldIsShownAndNothingIsStored() {
		PortalHttp a = browser().loggedInAs("fcp77a.admin", "demo");
		int before = page(a, "/forecast/named-orders").select("[data-testid=named-order-list] tbody tr").size();
		HttpResponse<String> sent = PageForm.on(a, "/forecast/named-orders", "form[data-testid=named-order-form]")
			.fill("clientInn", ForecastPageFixture.A_CLIENT)
			.fill("sku", ForecastPageFixture.SEASONAL)
			.fill("quantity", "-3")
			.choose("month.month", "Сентябрь")
			.choose("month.year", "2079")
			.fill("project", "Отрицательный")
			.submit();
		assertThat(sent.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(sent.body());
		assertThat(page.select(".field.invalid input[name=quantity]")).as("the quantity is marked").hasSize(1);
		assertThat(page.selectFirst(".field.invalid .error").text()).isEqualTo("Количество: должно быть больше 0.");
		assertThat(page.select(".field.invalid")).as("only the quantity").hasSize(1);
		assertThat(page.selectFirst("input[name=project]").attr("value")).as("what was typed stays")
			.isEqualTo("Отрицательный");
		assertThat(page(a, "/forecast/named-orders").select("[data-testid=named-order-list] tbody tr")).hasSize(before);
	}

	@Test
	void anXlsxIsLoadedRowByRowEachBadRowShownByRowColumnAndWhy() throws IOException {
		PortalHttp a = browser().loggedInAs("fcp77a.admin", "demo");
		HttpResponse<byte[]> template = a.download("/forecast/named-orders/template.xlsx");
		assertThat(template.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			Row header = book.getSheetAt(0).getRow(0);
			assertThat(header.getLastCellNum()).as("distributor, ИНН, SKU, quantity, month, project")
				.isEqualTo((short) 6);
		}
		byte[] file = TableFiles.xlsx("Заказы",
				List.of(List.of("Дистрибьютор", "ИНН клиента", "Артикул", "Количество", "Месяц", "Проект"),
						List.of(ForecastPageFixture.A, ForecastPageFixture.A_CLIENT, ForecastPageFixture.SEASONAL, 40,
								"2079-10", "Загружен из файла"),
						List.of(ForecastPageFixture.A, ForecastPageFixture.A_CLIENT, ForecastPageFixture.SEASONAL, 10,
								"2079-13", "Плохой месяц"),
						List.of(ForecastPageFixture.A, ForecastPageFixture.A_CLIENT, "NO-SUCH-SKU", 10, "2079-10",
								"Нет такого товара")));
		HttpResponse<String> uploaded = PageForm
			.on(a, "/forecast/named-orders", "form[data-testid=named-order-upload-form]")
			.upload("заказы.xlsx", file);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
		Document result = Jsoup.parse(uploaded.body());
		List<Element> problems = result.select("[data-testid=upload-problems] tbody tr");
		assertThat(problems).as("the two bad rows").hasSize(2);
		assertThat(problems.get(0).selectFirst("[data-figure=row]").text()).isEqualTo("3");
		assertThat(problems.get(0).selectFirst("[data-figure=column]").text()).isEqualTo("E: 2079-13");
		assertThat(problems.get(0).selectFirst("[data-figure=why]").text()).isEqualTo("Месяц: нужен формат ГГГГ-ММ.");
		assertThat(problems.get(1).selectFirst("[data-figure=row]").text()).isEqualTo("4");
		assertThat(problems.get(1).selectFirst("[data-figure=column]").text()).isEqualTo("C: NO-SUCH-SKU");
		assertThat(problems.get(1).selectFirst("[data-figure=why]").text())
			.isEqualTo("Артикул: такого товара нет в каталоге.");
		assertThat(result.selectFirst("[data-testid=upload-result]").text())
			.startsWith("Загружено строк: 1, пропущено с ошибкой: 2.");
		assertThat(page(a, "/forecast/named-orders").text()).contains("Загружен из файла")
			.doesNotContain("Плохой месяц", "Нет такого товара");
	}

	@Test
	void anotherDistributorsNamedOrderCanBeNeitherSeenNorDeleted() {
		NamedOrder b = asUser("fcp77b.admin", () -> namedOrders.create(new NamedOrderForm(null,
				ForecastPageFixture.B_CLIENT, ForecastPageFixture.B_PRODUCT, "7", "2079-08", "Проект Б")));
		PortalHttp a = browser().loggedInAs("fcp77a.admin", "demo");
		assertThat(page(a, "/forecast/named-orders").text()).doesNotContain("Проект Б");
		HttpResponse<String> delete = a.submit("/forecast/named-orders", "/forecast/named-orders/" + b.id() + "/delete",
				Map.of());
		assertThat(delete.statusCode()).isEqualTo(404);
		assertThat(asUser("fcp77b.admin", () -> namedOrders.list(null, YearMonth.of(2079, 1))))
			.extracting(NamedOrder::id)
			.contains(b.id());
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		assertThat(page(admin, "/forecast/named-orders?distributor=" + ForecastPageFixture.B).text())
			.contains("Проект Б");
		assertThat(asUser("fcp77b.admin", () -> namedOrders.list(null, null)).stream()
			.filter(o -> o.id() == b.id())
			.map(NamedOrder::quantity)
			.findFirst()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo(BigDecimal.valueOf(7)));
	}

	private static Document page(PortalHttp http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://portal" + path);
	}

}
