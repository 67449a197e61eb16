package com.sellout.portal.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import page offers its empty template next to the drop zone, and the template is
 * what the import reads: the catalog's, filled in with one product and dropped back on
 * the page, adds that product. The template of the manufacturer's imports is refused to a
 * distributor.
 */
class ImportTemplatesTest extends PortalTest {

	@Test
	void theCatalogTemplateFilledInImportsItsProduct() throws IOException {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Document page = Jsoup.parse(admin.get("/catalog/imports/new?kind=CATALOG").body());
		assertThat(page.select("label.dropzone[for=file] input[type=file]#file")).hasSize(1);
		String href = page.select("a[data-testid=template]").attr("href");
		HttpResponse<byte[]> template = admin.download(href);
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("catalog-template.xlsx");

		String sku = "TPL-" + System.nanoTime();
		byte[] filled = withRow(template.body(),
				List.of(sku, "Выключатель из шаблона", "Выключатели", "Neo", "шт", "", "512,40", "400"));
		HttpResponse<String> uploaded = admin.upload("/catalog/imports/new", "/catalog/imports",
				Map.of("kind", "CATALOG"), "каталог.xlsx", filled);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		Document result = Jsoup
			.parse(admin.get(uploaded.headers().firstValue("Location").orElseThrow().replace(baseUrl(), "")).body());
		assertThat(result.select("[data-testid=import-added]").text()).isEqualTo("1");
		assertThat(result.select("[data-testid=import-skipped]").text()).isEqualTo("0");
		assertThat(jdbc.sql("select name from products where sku = ?").param(sku).query(String.class).single())
			.isEqualTo("Выключатель из шаблона");
	}

	@Test
	void eachImportKindHasTheColumnsItsPageNames() throws IOException {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		assertThat(headers(admin, "/catalog/imports/new?kind=FLOORS")).startsWith("Артикул", "Минимальная цена");
		assertThat(headers(admin, "/catalog/imports/new?kind=SELL_IN")).containsExactly("Дистрибьютор",
				"Номер документа", "Дата", "Артикул", "Количество", "Сумма без НДС");
		PortalHttp manager = browser().loggedInAs("beta.manager", "demo");
		assertThat(headers(manager, "/clients/imports/new")).startsWith("ИНН", "КПП", "ОГРН", "Наименование");
		assertThat(manager.download("/catalog/imports/template.xlsx?kind=CATALOG").statusCode()).isEqualTo(403);
	}

	private static List<String> headers(PortalHttp http, String pagePath) throws IOException {
		String href = Jsoup.parse(http.get(pagePath).body()).select("a[data-testid=template]").attr("href");
		HttpResponse<byte[]> template = http.download(href);
		assertThat(template.statusCode()).as(href).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			List<String> headers = new ArrayList<>();
			book.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			return headers;
		}
	}

	private static byte[] withRow(byte[] xlsx, List<String> values) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			Row row = sheet.createRow(1);
			for (int i = 0; i < values.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(values.get(i));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

}
