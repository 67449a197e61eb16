package com.sellout.portal.quotes;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.quotes.internal.TestImages;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposals' pages as people use them: the form submitted as it renders (a refused
 * field shown beside it), the card with totals and words, a new version, the list and its
 * export, the distributor's requisites and the manufacturer's settings with the logo.
 */
class QuotePagesTest extends PortalTest {

	private static final String CLIENT_INN = "7707083893";

	@Test
	void aManagerMakesAQuoteOnTheFormAndThenANewVersion() throws Exception {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		String sku = sku();

		// a line that names no product of the catalog is refused where it stands
		HttpResponse<String> refused = PageForm.on(alfa, "/quotes/new", "[data-testid=quote-form]")
			.fill("clientInn", CLIENT_INN)
			.fill("clientName", "ООО «Страница»")
			.fill("sku_0", sku)
			.fill("quantity_0", "2")
			.fill("price_0", "1 000,50")
			.fill("sku_1", "NO-SUCH-SKU")
			.fill("quantity_1", "1")
			.submit();
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(text(page, "[data-testid=quote-errors]")).contains("Такого артикула нет в каталоге");
		assertThat(page.select("input[name=sku_1]").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input[name=price_0]").val()).isEqualTo("1 000,50");

		HttpResponse<String> created = PageForm.in(alfa, refused, "/quotes", "[data-testid=quote-form]")
			.fill("sku_1", "")
			.fill("quantity_1", "")
			.submit();
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String card = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		Document quote = Jsoup.parse(alfa.get(card).body());
		assertThat(text(quote, "[data-testid=quote-number]")).matches(".*КП-ALFA-\\d{4}-\\d+");
		assertThat(text(quote, "[data-testid=quote-client]")).isEqualTo("ООО «Страница»");
		assertThat(text(quote, "[data-testid=quote-total-net]")).isEqualTo("2 001,00");
		assertThat(text(quote, "[data-testid=quote-vat]")).isEqualTo("440,22");
		assertThat(text(quote, "[data-testid=quote-total]")).isEqualTo("2 441,22");
		assertThat(text(quote, "[data-testid=quote-in-words]"))
			.isEqualTo("Две тысячи четыреста сорок один рубль 22 копейки");
		HttpResponse<byte[]> pdf = alfa.download(card + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
		assertThat(QuotesApiTest.pdfText(pdf.body())).contains("Две тысячи четыреста сорок один рубль 22 копейки");

		HttpResponse<String> version = PageForm.on(alfa, card + "/versions/new", "[data-testid=quote-form]")
			.fill("quantity_0", "3")
			.submit();
		assertThat(version.statusCode()).as(version.body()).isEqualTo(302);
		Document second = Jsoup
			.parse(alfa.get(version.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
				.body());
		assertThat(text(second, "[data-testid=quote-number]")).isEqualTo(text(quote, "[data-testid=quote-number]"));
		assertThat(second.text()).contains("Версия 2");
		assertThat(text(second, "[data-testid=quote-total-net]")).isEqualTo("3 001,50");
		assertThat(second.select("[data-testid=quote-versions] li")).hasSize(2);
		// the first version is still there as it was, marked as not the latest
		Document first = Jsoup.parse(alfa.get(card).body());
		assertThat(first.select("[data-testid=quote-not-latest]")).isNotEmpty();
		assertThat(text(first, "[data-testid=quote-total-net]")).isEqualTo("2 001,00");
	}

	@Test
	void theListFindsSortsAndExportsExactlyItsRows() throws Exception {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		HttpResponse<String> created = PageForm.on(alfa, "/quotes/new", "[data-testid=quote-form]")
			.fill("clientInn", CLIENT_INN)
			.fill("clientName", "ООО «Список»")
			.fill("sku_0", sku())
			.fill("quantity_0", "1")
			.submit();
		String card = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String number = Jsoup.parse(alfa.get(card).body())
			.select("[data-testid=quote-number]")
			.text()
			.replaceAll(".* ", "");

		Document list = Jsoup.parse(alfa.get("/quotes?q=" + QuotesApiTest.q(number) + "&sort=total&desc=true").body());
		assertThat(list.select("[data-testid=quotes-list] tbody tr")).hasSize(1);
		assertThat(text(list, "[data-testid=quotes-list] tbody")).contains(number, "ООО «Список»");
		assertThat(list.select("th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
		Document empty = Jsoup.parse(alfa.get("/quotes?q=nothing-like-this").body());
		assertThat(text(empty, "[data-testid=empty]")).isNotBlank();

		HttpResponse<byte[]> xlsx = alfa.download("/quotes/export.xlsx?q=" + QuotesApiTest.q(number));
		assertThat(xlsx.statusCode()).isEqualTo(200);
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			DataFormatter formatter = new DataFormatter();
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(c -> cells.add(formatter.formatCellValue(c)));
			}
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
		assertThat(cells).contains("Номер", number, "ООО «Список»");
		String csv = new String(alfa.download("/quotes/export.csv?q=" + QuotesApiTest.q(number)).body(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(2);
		assertThat(csv).contains(number);
		// the manufacturer sees it, with its distributor
		PortalHttp admin = browser().loggedInAs("analyst", "demo");
		assertThat(admin.get("/quotes?q=" + QuotesApiTest.q(number)).body()).contains(number, "ALFA");
		assertThat(admin.get("/quotes/new").statusCode()).isEqualTo(403);
	}

	@Test
	void aDistributorsAdministratorSetsItsRequisitesAndItsManagerReadsThem() {
		PortalHttp admin = browser().loggedInAs("gamma.admin", "demo");
		HttpResponse<String> refused = PageForm.on(admin, "/quotes/requisites", "[data-testid=requisites-form]")
			.fill("bik", "12345")
			.submit();
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select(".field.invalid").text()).as(refused.body())
			.contains("БИК — 9 цифр");

		HttpResponse<String> saved = PageForm.in(admin, refused, "/quotes/requisites", "[data-testid=requisites-form]")
			.fill("bik", "044525225")
			.fill("bank", "ПАО Банк Гамма")
			.fill("account", "40702810400000000777")
			.fill("address", "г. Казань, ул. Баумана, д. 1")
			.submit();
		assertThat(saved.statusCode()).isEqualTo(302);
		PortalHttp manager = browser().loggedInAs("gamma.manager", "demo");
		Document page = Jsoup.parse(manager.get("/quotes/requisites").body());
		assertThat(page.select("input[name=bank]").val()).isEqualTo("ПАО Банк Гамма");
		assertThat(page.select("fieldset[disabled]")).isNotEmpty();
		assertThat(PageForm.on(manager, "/quotes/requisites", "[data-testid=requisites-form]").submit().statusCode())
			.isEqualTo(403);
		assertThat(manager.get("/quotes/settings").statusCode()).isEqualTo(403);
	}

	@Test
	void theManufacturersAdministratorSetsItsRequisitesAndLogo() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> saved = PageForm.on(admin, "/quotes/settings", "[data-testid=requisites-form]")
			.fill("name", "АО \"Светотехника\"")
			.fill("inn", "7736050003")
			.fill("kpp", "773601001")
			.submit();
		assertThat(saved.statusCode()).isEqualTo(302);

		HttpResponse<String> svg = PageForm.on(admin, "/quotes/settings", "[data-testid=logo-form]")
			.upload("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(svg.body()).select("[data-testid=logo-error]").text()).contains("SVG не принимается");

		HttpResponse<String> png = PageForm.on(admin, "/quotes/settings", "[data-testid=logo-form]")
			.upload("logo.png", TestImages.png(300, 100));
		assertThat(png.statusCode()).isEqualTo(302);
		Document settings = Jsoup.parse(admin.get("/quotes/settings").body());
		String logo = settings.select("[data-testid=logo-current]").attr("src");
		assertThat(logo).startsWith("/quotes/logos/");
		assertThat(admin.download(logo).body()).isEqualTo(TestImages.png(300, 100));
		assertThat(settings.select("input[name=inn]").val()).isEqualTo("7736050003");
	}

	private static String text(Document page, String selector) {
		return page.select(selector).text().replace('\u00a0', ' ');
	}

	private String sku() {
		return asSystem(() -> jdbc.sql("select sku from products where active and list_price > 0 order by sku limit 1")
			.query(String.class)
			.single());
	}

}
