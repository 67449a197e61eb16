package com.sellout.portal.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.imports.RowOutcome.Outcome;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CatalogImportTest extends PortalTest {

	/**
	 * A 1C-style export: windows-1251, a title line, Russian headers, decimal commas,
	 * no-break spaces.
	 */
	static final String RUSSIAN_FILE = String.join("\r\n", "Прайс-лист на 01.09.2026",
			"Артикул;Наименование;Товарная группа;Ед. изм.;Штрихкод;Цена;Минимальная цена",
			"T1-001;Кабель-канал 20х10;Кабеленесущие системы / Кабель-каналы;м;4609990000012;1\u00A0234,50;1\u00A0000,00",
			"T1-002;Розетка ёлочная;Розетки и выключатели;шт;4606483756891;99,90;",
			"T1-003;;Розетки и выключатели;шт;;10;", ";Без артикула;Розетки и выключатели;шт;;10;",
			"T1-001;Дубль кабель-канала;Кабеленесущие системы;м;;1;", "T1-004;Щит ЩРН-12;Щиты и корпуса;шт;;abc;",
			"T1-005;Автомат 16А;Модульное оборудование;шт;4607125655359;450;360", "");

	@Autowired
	private CatalogImports imports;

	@Autowired
	private Catalog catalog;

	@Autowired
	private PriceFloors floors;

	@Test
	void importsARussianWindows1251FileRowByRowAndTheSameFileAgainChangesNothing() {
		byte[] file = RUSSIAN_FILE.getBytes(Charset.forName("windows-1251"));

		ImportSummary first = asSystem(() -> imports.importCatalog("prices.csv", file));
		ImportSummary second = asSystem(() -> imports.importCatalog("prices.csv", file));

		assertThat(first.outcomes())
			.extracting(RowOutcome::row, RowOutcome::key, RowOutcome::outcome, RowOutcome::messageKey)
			.containsExactly(tuple(3, "T1-001", Outcome.ADDED, null),
					tuple(4, "T1-002", Outcome.ADDED, "catalog.row.badEan"),
					tuple(5, "T1-003", Outcome.SKIPPED, "catalog.row.noName"),
					tuple(6, "", Outcome.SKIPPED, "catalog.row.noSku"),
					tuple(7, "T1-001", Outcome.SKIPPED, "catalog.row.duplicate"),
					tuple(8, "T1-004", Outcome.SKIPPED, "catalog.row.badPrice"),
					tuple(9, "T1-005", Outcome.ADDED, "catalog.row.eanTaken"));
		assertThat(List.of(first.added(), first.updated(), first.unchanged(), first.skipped(), first.warnings()))
			.containsExactly(3, 0, 0, 4, 2);
		assertThat(List.of(second.added(), second.updated(), second.unchanged(), second.skipped())).containsExactly(0,
				0, 3, 4);

		Product cable = asSystem(() -> catalog.findBySku("T1-001").orElseThrow());
		assertThat(cable.name()).isEqualTo("Кабель-канал 20х10");
		assertThat(cable.listPrice()).isEqualByComparingTo("1234.50");
		assertThat(cable.unit()).isEqualTo("м");
		assertThat(cable.ean()).isEqualTo("4609990000012");
		assertThat(asSystem(() -> catalog.findBySku("T1-005").orElseThrow().ean()))
			.as("EL-10003 already has this barcode")
			.isNull();
		assertThat(cable.groupPath()).isEqualTo("Кабеленесущие системы / Кабель-каналы");
		assertThat(asSystem(() -> catalog.findBySku("T1-002").orElseThrow().ean())).isNull();
		assertThat(asSystem(() -> catalog.findBySku("T1-003"))).isEmpty();
		assertThat(asSystem(() -> floors.applicable("T1-001", LocalDate.now(), null, null, null)))
			.hasValueSatisfying(floor -> assertThat(floor.minPrice()).isEqualByComparingTo("1000.00"));
		long parent = asSystem(() -> jdbc.sql("""
				select count(*) from product_groups c join product_groups p on p.id = c.parent_id
				 where c.path = 'Кабеленесущие системы / Кабель-каналы' and p.path = 'Кабеленесущие системы'""")
			.query(Long.class)
			.single());
		assertThat(parent).isEqualTo(1);
	}

	@Test
	void aChangedFileUpdatesProductsAndKeepsTheFloorsHistory() {
		String before = "sku;name;group;unit;ean;list_price;min_price\nT2-001;Автомат 25А;Модульное оборудование;шт;;450;360\n";
		String after = "sku;name;group;unit;ean;list_price;min_price\nT2-001;Автомат 25А;Модульное оборудование;шт;;460;370\n";

		asSystem(() -> imports.importCatalog("v1.csv", before.getBytes(StandardCharsets.UTF_8)));
		ImportSummary changed = asSystem(() -> imports.importCatalog("v2.csv", after.getBytes(StandardCharsets.UTF_8)));

		assertThat(changed.updated()).isEqualTo(1);
		Product product = asSystem(() -> catalog.findBySku("T2-001").orElseThrow());
		assertThat(product.listPrice()).isEqualByComparingTo("460");
		List<PriceFloor> history = asSystem(() -> floors.history(product.id()));
		assertThat(history).extracting(f -> f.minPrice().toPlainString(), PriceFloor::isCurrent)
			.containsExactly(tuple("370.00", true), tuple("360.00", false));
	}

	@Test
	void importsAnXlsxWithCanonicalHeadersAndNumericBarcodes() throws IOException {
		byte[] file = xlsx();
		ImportSummary summary = asSystem(() -> imports.importCatalog("catalog.xlsx", file));

		assertThat(summary.added()).isEqualTo(2);
		Product box = asSystem(() -> catalog.findBySku("T3-001").orElseThrow());
		assertThat(box.ean()).isEqualTo("4609990000036");
		assertThat(box.listPrice()).isEqualByComparingTo("1496.43");
		assertThat(box.groupPath()).isEqualTo("Щиты и корпуса / Боксы");
		assertThat(asSystem(() -> catalog.findBySku("T3-002").orElseThrow().brand())).isEqualTo("Neo");
	}

	@Test
	void theDemoCatalogIsTheSamplesCatalogWithItsFloors() {
		long products = asSystem(
				() -> jdbc.sql("select count(*) from products where sku like 'EL-%'").query(Long.class).single());
		long floorsCount = asSystem(() -> jdbc.sql("""
				select count(*) from price_floors f join products p on p.id = f.product_id
				 where p.sku like 'EL-%' and f.replaced_at is null""").query(Long.class).single());
		Product first = asSystem(() -> catalog.findBySku("EL-10001").orElseThrow());

		assertThat(products).isEqualTo(126);
		assertThat(floorsCount).isEqualTo(126);
		assertThat(first.name()).isEqualTo("Розетка бежевый серия Neo-1");
		assertThat(first.ean()).isEqualTo("4606483756890");
		assertThat(first.listPrice()).isEqualByComparingTo(new BigDecimal("740.44"));
		assertThat(asSystem(() -> floors.applicable("EL-10001", LocalDate.of(2026, 9, 15), "77", "RETAIL", null)))
			.hasValueSatisfying(floor -> assertThat(floor.minPrice()).isEqualByComparingTo("592.35"));
	}

	@Test
	void theAdministratorUploadsAFileAndDownloadsTheRowByRowResult() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String file = RUSSIAN_FILE.replace("T1-", "T4-");

		HttpResponse<String> uploaded = admin.upload("/catalog/imports/new", "/catalog/imports",
				Map.of("kind", "CATALOG"), "прайс.csv", file.getBytes(Charset.forName("windows-1251")));
		String location = uploaded.headers().firstValue("Location").orElseThrow().replace(baseUrl(), "");
		String page = admin.get(location).body();
		HttpResponse<byte[]> result = admin
			.download(location.replace("/catalog/imports/", "/imports/") + "/result.csv");
		String csv = new String(result.body(), StandardCharsets.UTF_8);

		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(page).contains("прайс.csv", "Пустое наименование", "Этот артикул уже был в строке 3",
				"Неверный штрихкод «4606483756891»");
		assertThat(result.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("result.csv"));
		assertThat(csv).startsWith("\uFEFFСтрока;Ключ;Результат;Причина")
			.contains("3;T4-001;Добавлено;", "8;T4-004;Пропущено;Цена «abc» не распознана");
	}

	@Test
	void anUnreadableUploadIsExplainedWithTheFileName() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> response = admin.upload("/catalog/imports/new", "/catalog/imports",
				Map.of("kind", "CATALOG"), "фото.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		HttpResponse<String> noHeader = admin.upload("/catalog/imports/new", "/catalog/imports",
				Map.of("kind", "CATALOG"), "список.csv", "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("фото.xlsx", "Книгу Excel не удалось прочитать");
		assertThat(noHeader.body()).contains("список.csv", "Не найдена строка заголовков");
	}

	@Test
	void distributorsBrowseTheCatalogButCannotChangeIt() {
		PortalHttp manager = browser().loggedInAs("beta.manager", "demo");
		long id = asSystem(() -> catalog.findBySku("EL-10001").orElseThrow().id());

		assertThat(manager.get("/catalog?q=EL-10001").body()).contains("Розетка бежевый серия Neo-1");
		assertThat(manager.get("/catalog/products/" + id).body()).contains("4606483756890").doesNotContain("592,35");
		assertThat(manager.get("/catalog/products/new").statusCode()).isEqualTo(403);
		assertThat(manager.get("/catalog/imports/new").statusCode()).isEqualTo(403);
		assertThat(manager.get("/price-floors").statusCode()).isEqualTo(403);
		assertThat(manager.submit("/catalog", "/catalog/products/" + id + "/deactivate", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(manager.api("/api/v1/price-floors?sku=EL-10001", "beta.manager", "demo").statusCode())
			.isEqualTo(403);
		assertThat(manager.apiSend("PUT", "/api/v1/products/EL-10001", "{\"name\":\"x\"}", "beta.admin", "demo")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void theApiListsProductsChangedSinceAMomentAndWritesForTheAdministrator() {
		PortalHttp api = browser();
		String since = asSystem(() -> jdbc.sql(
				"select to_char(max(updated_at) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from products")
			.query(String.class)
			.single());

		HttpResponse<String> created = api.apiSend("PUT", "/api/v1/products/T5-001",
				"{\"name\":\"Датчик движения\",\"groupPath\":\"Датчики\",\"unit\":\"шт\",\"ean\":\"4607125655359\",\"listPrice\":990.5}",
				"admin", "demo");
		HttpResponse<String> updated = api.apiSend("PUT", "/api/v1/products/T5-001",
				"{\"name\":\"Датчик движения 360°\",\"unit\":\"шт\",\"listPrice\":999}", "admin", "demo");
		HttpResponse<String> invalid = api.apiSend("PUT", "/api/v1/products/T5-002", "{\"name\":\"\",\"ean\":\"123\"}",
				"admin", "demo");
		HttpResponse<String> changed = api.api("/api/v1/products?updatedSince=" + since, "alfa.manager", "demo");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"field\":\"ean\"", "\"field\":\"name\"", "Invalid barcode");
		assertThat(changed.body()).contains("T5-001", "Датчик движения 360°").doesNotContain("EL-10001");
		assertThat(api.api("/api/v1/products/EL-10001", "alfa.manager", "demo").body())
			.contains("\"listPrice\":740.44");
		assertThat(api.api("/api/v1/products/NO-SUCH", "alfa.manager", "demo").statusCode()).isEqualTo(404);
	}

	private static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Каталог");
			String[][] rows = { { "sku", "name", "group", "brand", "unit", "ean", "list_price", "min_price" },
					{ "T3-001", "Бокс ЩРН-П-12", "Щиты и корпуса / Боксы", "", "шт", "#4609990000036", "#1496.43",
							"#1197.14" },
					{ "T3-002", "Розетка Neo", "Розетки и выключатели", "Neo", "шт", "", "#740.44", "" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					String value = rows[r][c];
					if (value.startsWith("#")) {
						row.createCell(c).setCellValue(Double.parseDouble(value.substring(1)));
					}
					else if (!value.isEmpty()) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
