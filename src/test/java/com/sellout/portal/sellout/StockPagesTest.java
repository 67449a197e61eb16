package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.StockFiles.OwnDistributor;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock reports in the portal, through the forms as the pages render them: the upload
 * page's kind selector and as-of date, the stock reports' list and page (figures, lines
 * by tab and product, the original and the lines to download, withdraw and restore),
 * sell-out and stock kept to their own lists, and another distributor's stock report
 * never found. Stock of 2039, distributors of their own.
 */
class StockPagesTest extends PortalTest {

	private static final Pattern STOCK_LINK = Pattern.compile("/sellout/stock-reports/(\\d+)\"");

	@Autowired
	private UserAccounts users;

	@Test
	void aFileUploadedAsStockWithItsDateIsAStockReportWithItsOwnPages() {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SW");
		PortalHttp admin = browser().loggedInAs(own.admin(), OwnDistributor.PASSWORD);
		PageForm upload = PageForm.on(admin, "/sellout/upload", "#sellout-upload");
		assertThat(upload.options("kind")).containsExactly("Определить по файлу", "Продажи (sell-out)", "Остатки");
		assertThat(upload.value("kind")).as("detected by default").isEmpty();
		byte[] file = StockFiles.plainList(null);
		HttpResponse<String> row = upload.choose("kind", "Остатки")
			.fill("asOf", "2039-03-31")
			.upload("остатки-март.csv", file);
		assertThat(row.statusCode()).isEqualTo(200);
		Document answer = Jsoup.parseBodyFragment("<table>" + row.body() + "</table>");
		assertThat(answer.select("[data-testid=kind]").text()).isEqualTo("Остатки");
		assertThat(answer.select("[data-testid=period]").text()).isEqualTo("на 31.03.2039");
		assertThat(answer.text()).contains("Принят с исключениями").contains("3 / 4");
		long id = stockReportOf(row.body());

		String list = admin.get("/sellout/stock-reports").body();
		assertThat(list).contains("остатки-март.csv").contains("31.03.2039");
		assertThat(admin.get("/sellout/reports").body()).doesNotContain("остатки-март.csv");

		Document card = page(admin, "/sellout/stock-reports/" + id);
		assertThat(card.select("[data-testid=as-of]").text()).isEqualTo("31.03.2039");
		assertThat(card.select("[data-testid=accepted-lines]").text()).isEqualTo("3 / 4");
		assertThat(card.select("[data-testid=quantity]").text())
			.isEqualTo(String.valueOf(StockFiles.firstProductStock(file) + 5));
		assertThat(card.select("[data-testid=lines] tbody tr")).hasSize(4);
		assertThat(lineTexts(page(admin, card.select("nav.tabs a:contains(Исключения)").attr("href")))).singleElement()
			.asString()
			.contains("NO-SUCH-");
		// the channel inventory's link: one product's lines, at every warehouse
		List<String> oneProduct = lineTexts(page(admin, "/sellout/stock-reports/" + id + "?sku=EL-10001"));
		assertThat(oneProduct).hasSize(2).allMatch(line -> line.contains("EL-10001"));
		assertThat(String.join(" ", oneProduct)).contains("Основной склад").contains("Склад Дальний");

		assertThat(admin.download(card.select("[data-testid=original]").attr("href")).body()).isEqualTo(file);
		String accepted = new String(
				admin.download("/sellout/stock-reports/" + id + "/lines.csv?lines=ACCEPTED").body(),
				StandardCharsets.UTF_8);
		assertThat(accepted).contains("EL-10002").contains("Склад Дальний").doesNotContain("NO-SUCH-");
		assertThat(admin.download(card.select("a:contains(Исключения (xlsx))").attr("href")).statusCode())
			.isEqualTo(200);

		// a manager reads, only an administrator changes which version counts
		PortalHttp manager = browser().loggedInAs(own.manager(), OwnDistributor.PASSWORD);
		assertThat(page(manager, "/sellout/stock-reports/" + id).select("form[action$=/withdraw]")).isEmpty();

		HttpResponse<String> withdrawn = PageForm.on(admin, "/sellout/stock-reports/" + id, "form[action$=/withdraw]")
			.submit();
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).endsWith("/sellout/stock-reports/" + id);
		Document after = page(admin, "/sellout/stock-reports/" + id);
		assertThat(after.select("[data-testid=status]").first().text()).isEqualTo("Отозван");
		assertThat(after.select("[data-testid=version-banner]").text()).contains("отозван")
			.contains("Текущего отчёта об остатках на эту дату нет");

		HttpResponse<String> restored = PageForm.on(admin, "/sellout/stock-reports/" + id, "form[action$=/restore]")
			.submit();
		assertThat(restored.headers().firstValue("Location").orElseThrow()).endsWith("/sellout/stock-reports/" + id);
		Document again = page(admin, "/sellout/stock-reports/" + id);
		assertThat(again.select("[data-testid=status]").first().text()).isEqualTo("Принят с исключениями");
		assertThat(again.select("[data-testid=version-change]").text()).contains("снова текущая");
	}

	@Test
	void aClearStockFileIsToldByItsContentAndEachListShowsItsOwnKind() {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SD");
		PortalHttp manager = browser().loggedInAs(own.manager(), OwnDistributor.PASSWORD);
		HttpResponse<String> stock = PageForm.on(manager, "/sellout/upload", "#sellout-upload")
			.upload("склад-апрель.csv", StockFiles.plainList("30.04.2039"));
		Document stockRow = Jsoup.parseBodyFragment("<table>" + stock.body() + "</table>");
		assertThat(stockRow.select("[data-testid=kind]").text()).isEqualTo("Остатки");
		assertThat(stockRow.select("[data-testid=period]").text()).isEqualTo("на 30.04.2039");
		long first = stockReportOf(stock.body());

		HttpResponse<String> sales = PageForm.on(manager, "/sellout/upload", "#sellout-upload")
			.upload("продажи-апрель.csv", SalesFile.create().sale("05.04.2039", "EL-10001", 2, "1480,88").bytes());
		Document salesRow = Jsoup.parseBodyFragment("<table>" + sales.body() + "</table>");
		assertThat(salesRow.select("[data-testid=kind]").text()).isEqualTo("Продажи");
		assertThat(salesRow.select("[data-testid=period]").text()).isEqualTo("Апрель 2039");

		assertThat(manager.get("/sellout/reports?period=2039-04").body()).contains("продажи-апрель.csv")
			.doesNotContain("склад-апрель.csv");
		assertThat(manager.get("/sellout/stock-reports?month=2039-04").body()).contains("склад-апрель.csv")
			.doesNotContain("продажи-апрель.csv");
		assertThat(manager.get("/sellout/stock-reports?month=2039-05").body()).doesNotContain("склад-апрель.csv");

		// the same date again: version 2, which replaced the first
		HttpResponse<String> second = PageForm.on(manager, "/sellout/upload", "#sellout-upload")
			.upload("склад-апрель-2.csv", StockFiles.plainList("30.04.2039"));
		long next = stockReportOf(second.body());
		Document card = page(manager, "/sellout/stock-reports/" + next);
		assertThat(card.select("[data-testid=version]").text()).isEqualTo("2");
		assertThat(card.select("[data-testid=replaced]").attr("href")).isEqualTo("/sellout/stock-reports/" + first);
		assertThat(card.select("[data-testid=versions] tr")).hasSize(2);
		Document former = page(manager, "/sellout/stock-reports/" + first);
		assertThat(former.select("[data-testid=status]").first().text()).isEqualTo("Заменён");
		assertThat(former.select("[data-testid=current-version]").attr("href"))
			.isEqualTo("/sellout/stock-reports/" + next);
		// a link to the report as a sell-out report (a result file, a reply) leads here
		HttpResponse<String> asSellOut = manager.get("/sellout/reports/" + next);
		assertThat(asSellOut.statusCode()).isEqualTo(302);
		assertThat(asSellOut.headers().firstValue("Location").orElseThrow()).endsWith("/sellout/stock-reports/" + next);
	}

	@Test
	void anotherDistributorNeverSeesAStockReport() {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SI");
		OwnDistributor other = StockFiles.distributor(transactions, jdbc, users, "SO");
		PortalHttp owner = browser().loggedInAs(own.admin(), OwnDistributor.PASSWORD);
		HttpResponse<String> row = PageForm.on(owner, "/sellout/upload", "#sellout-upload")
			.choose("kind", "Остатки")
			.fill("asOf", "31.05.2039")
			.upload("секретные-остатки.csv", StockFiles.plainList(null));
		long id = stockReportOf(row.body());
		assertThat(owner.get("/sellout/stock-reports/" + id).statusCode()).isEqualTo(200);

		PortalHttp stranger = browser().loggedInAs(other.admin(), OwnDistributor.PASSWORD);
		for (String path : new String[] { "", "?lines=EXCEPTIONS", "?sku=EL-10001", "/original", "/lines.csv",
				"/lines.xlsx?lines=EXCEPTIONS" }) {
			HttpResponse<byte[]> answer = stranger.download("/sellout/stock-reports/" + id + path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(path)
				.doesNotContain("секретные-остатки")
				.doesNotContain("Склад Дальний");
		}
		assertThat(stranger.download("/sellout/reports/" + id).statusCode()).isEqualTo(404);
		assertThat(PageForm.on(owner, "/sellout/stock-reports/" + id, "form[action$=/withdraw]")
			.submitFrom(stranger, "/sellout/stock-reports")
			.statusCode()).isEqualTo(404);
		assertThat(stranger.get("/sellout/stock-reports?month=2039-05").body()).doesNotContain("секретные-остатки");
		assertThat(stranger.get("/sellout/stock-reports?distributor=" + own.id()).body())
			.doesNotContain("секретные-остатки");

		PortalHttp manufacturer = browser().loggedInAs("analyst", "demo");
		assertThat(manufacturer.get("/sellout/stock-reports?distributor=" + own.id()).body())
			.contains("секретные-остатки")
			.contains(own.code());
		assertThat(page(owner, "/sellout/stock-reports/" + id).select("[data-testid=status]").first().text())
			.as("the stranger's withdrawal did nothing")
			.isEqualTo("Принят с исключениями");
	}

	@Test
	void aFileOfEitherKindAsksOnItsMappingPageAndIsReadAsTheKindChosen() {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SK");
		PortalHttp manager = browser().loggedInAs(own.manager(), OwnDistributor.PASSWORD);
		byte[] either = ("Артикул;Наименование;Количество\n" + "EL-10001;Розетка бежевый серия Neo-1;7\n"
				+ "EL-10002;Розетка бежевый серия Neo-2;4\n")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> row = PageForm.on(manager, "/sellout/upload", "#sellout-upload")
			.upload("какой-то-отчёт.csv", either);
		assertThat(row.body()).contains("Нужно сопоставление");
		Matcher mapping = Pattern.compile("/sellout/reports/(\\d+)/mapping").matcher(row.body());
		assertThat(mapping.find()).isTrue();
		long id = Long.parseLong(mapping.group(1));

		PageForm kind = PageForm.on(manager, "/sellout/reports/" + id + "/mapping", "[data-testid=choose-kind]");
		assertThat(page(manager, "/sellout/reports/" + id + "/mapping").select("form#mapping"))
			.as("no columns before the kind is known")
			.isEmpty();
		HttpResponse<String> chosen = kind.choose("kind", "Остатки").fill("asOf", "2039-10-31").submit();
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/sellout/stock-reports/" + id);
		Document card = page(manager, "/sellout/stock-reports/" + id);
		assertThat(card.select("[data-testid=as-of]").text()).isEqualTo("31.10.2039");
		assertThat(card.select("[data-testid=accepted-lines]").text()).isEqualTo("2 / 2");
		assertThat(card.select("[data-testid=quantity]").text()).isEqualTo("11");
		assertThat(manager.get("/sellout/stock-reports?month=2039-10").body()).contains("какой-то-отчёт.csv");
	}

	@Test
	void aStockReportsExceptionsAreFixedWhereTheyAreShown() {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SX");
		PortalHttp manager = browser().loggedInAs(own.manager(), OwnDistributor.PASSWORD);
		byte[] file = ("Остатки на 30.11.2039\n\nАртикул;Наименование;Склад;Остаток\n"
				+ "EL-10001;Розетка бежевый серия Neo-1;Основной склад;6\n"
				+ "EL-10002;Розетка бежевый серия Neo-2;Основной склад;-3\n"
				+ "РЗ-НЕО-3;Розетка бежевый серия Neo-3;Основной склад;2\n")
			.getBytes(StandardCharsets.UTF_8);
		long id = stockReportOf(
				PageForm.on(manager, "/sellout/upload", "#sellout-upload").upload("ноябрь-склад.csv", file).body());
		Document card = page(manager, "/sellout/stock-reports/" + id + "?lines=EXCEPTIONS");
		assertThat(card.select("[data-testid=accepted-lines]").text()).isEqualTo("1 / 3");
		assertThat(lineTexts(card)).hasSize(2)
			.anyMatch(line -> line.contains("отрицательный остаток"))
			.anyMatch(line -> line.contains("не найден в каталоге"));
		List<String> fixes = card.select("[data-testid=lines] a:contains(Исправить)").eachAttr("href");
		assertThat(fixes).hasSize(2);

		// the negative stock corrected: the field of the problem is offered first
		String negative = fixes.get(0);
		Document fixPage = page(manager, negative);
		assertThat(fixPage.select("[data-testid=add-alias]")).as("a stock line has no region to alias").isEmpty();
		PageForm correction = PageForm.on(manager, negative, "[data-testid=correct-value] form");
		assertThat(correction.value("field")).isEqualTo("quantity");
		HttpResponse<String> corrected = correction.fill("value", "3").submit();
		assertThat(corrected.headers().firstValue("Location").orElseThrow())
			.endsWith("/sellout/stock-reports/" + id + "?lines=EXCEPTIONS");

		// the unknown product mapped to a catalog SKU, learned for the distributor
		String unknown = fixes.get(1);
		HttpResponse<String> mapped = PageForm.on(manager, unknown, "[data-testid=map-product] form")
			.fill("otherSku", "EL-10003")
			.submit();
		assertThat(mapped.headers().firstValue("Location").orElseThrow())
			.endsWith("/sellout/stock-reports/" + id + "?lines=EXCEPTIONS");
		Document fixed = page(manager, "/sellout/stock-reports/" + id);
		assertThat(fixed.select("[data-testid=accepted-lines]").text()).isEqualTo("3 / 3");
		assertThat(fixed.select("[data-testid=exceptions]").text()).isEqualTo("0");
		assertThat(fixed.select("[data-testid=status]").first().text()).isEqualTo("Принят");
		assertThat(fixed.select("[data-testid=quantity]").text()).isEqualTo("11");
		assertThat(lineTexts(page(manager, "/sellout/stock-reports/" + id + "?sku=EL-10003"))).singleElement()
			.asString()
			.contains("Neo-3");

		// another distributor's person cannot open or fix it
		OwnDistributor other = StockFiles.distributor(transactions, jdbc, users, "SY");
		PortalHttp stranger = browser().loggedInAs(other.manager(), OwnDistributor.PASSWORD);
		assertThat(stranger.get(negative).statusCode()).isEqualTo(404);
	}

	private static long stockReportOf(String row) {
		Matcher link = STOCK_LINK.matcher(row);
		assertThat(link.find()).as("a link to the stock report in %s", row).isTrue();
		return Long.parseLong(link.group(1));
	}

	private static Document page(PortalHttp http, String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(page.body(), "http://portal" + path);
	}

	private static List<String> lineTexts(Document page) {
		return page.select("[data-testid=lines] tbody tr").stream().map(Element::text).toList();
	}

}
