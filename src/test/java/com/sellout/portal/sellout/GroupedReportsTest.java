package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.sellout.OneCGroupedReport.Levels;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1C reports grouped by rows — «Контрагент / Номенклатура», «Номенклатура / Контрагент»,
 * «Контрагент / Документ / Номенклатура» — are read like flat tables, with no person and
 * no template, whether their levels are outline levels, indents or only content; the
 * period comes from the title block; the structure is saved as a template and recognised
 * the next month.
 */
class GroupedReportsTest extends PortalTest {

	@Autowired
	private SellOutIntake intake;

	private static final String SHCHITSTROY = "ООО \"Щитстрой\"";

	private static final String KOMPLEKT = "ООО \"Комплекттехно\"";

	private static final String SHCHITTEHNO = "АО \"Щиттехно\"";

	/**
	 * Two clients with their products below, amounts with VAT, «Период: <month> г.» in
	 * the title.
	 */
	private static OneCGroupedReport clientsThenProducts(String month) {
		return OneCGroupedReport.clientsThenProducts(true)
			.title("Валовая прибыль")
			.title("Период: " + month + " г.")
			.title("Показатели: Количество, Сумма с НДС")
			.group(0, SHCHITSTROY, "6645390113", "", 3, 5400)
			.line(1, "Розетка бежевый серия Neo-1", "", "EL-10001", 2, 2400)
			.line(1, "Розетка бежевый серия Neo-2", "", "EL-10002", 1, 3000)
			.group(0, KOMPLEKT, "5406127494", "", 5, 12500.5)
			.line(1, "Розетка белый серия Neo-3", "", "EL-10003", 5, 12500.5);
	}

	private JsonNode upload(String name, byte[] file, String period) {
		HttpResponse<String> sent = new SellOutApi(browser()).upload("alfa.admin", name, file, period,
				"Accept-Language", "ru");
		assertThat(sent.statusCode()).as(sent.body()).isIn(200, 201);
		return SellOutApi.json(sent);
	}

	private List<JsonNode> lines(long id) {
		JsonNode page = SellOutApi
			.json(new SellOutApi(browser()).get("alfa.admin", "/api/v1/sellout/reports/" + id + "/lines?size=100"));
		List<JsonNode> lines = new ArrayList<>();
		page.path("items").forEach(lines::add);
		return lines;
	}

	private static void assertFigures(JsonNode report, OneCGroupedReport expected, String period) {
		assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
		assertThat(report.path("period").asString()).isEqualTo(period);
		assertThat(report.path("lines").asInt()).isEqualTo(expected.lines());
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(expected.lines());
		assertThat(report.path("exceptions").asInt()).isZero();
		assertThat(report.path("acceptedQuantity").decimalValue()).isEqualByComparingTo(expected.quantity());
		assertThat(report.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo(expected.amountNet());
	}

	@Test
	void clientsWithTheirProductsByOutlineLevelsTakeTheTitlesPeriodAndItsLastDay() {
		OneCGroupedReport file = clientsThenProducts("Январь 2024");
		JsonNode report = upload("prodazhi.xlsx", file.xlsx(Levels.OUTLINE), null);
		assertFigures(report, file, "2024-01");
		assertThat(file.amountNet()).isEqualByComparingTo("14917.08"); // 2000 + 2500 +
																		// 10417.08: VAT
																		// 20 % in 2024

		List<JsonNode> lines = lines(report.path("id").asLong());
		assertThat(lines).extracting(line -> line.path("clientInn").asString())
			.containsExactly("6645390113", "6645390113", "5406127494");
		assertThat(lines).extracting(line -> line.path("sku").asString())
			.containsExactly("EL-10001", "EL-10002", "EL-10003");
		assertThat(lines).extracting(line -> line.path("clientName").asString())
			.containsExactly(SHCHITSTROY, SHCHITSTROY, KOMPLEKT);
		for (JsonNode line : lines) {
			assertThat(line.path("accepted").asBoolean()).isTrue();
			assertThat(line.path("saleDate").asString()).isEqualTo("2024-01-31");
			assertThat(line.path("problems").findValuesAsString("code")).contains("dateFromPeriod");
			assertThat(line.path("problems").toString()).contains("Date from the report's period")
				.contains("last day (2024-01-31)");
		}
	}

	@Test
	void clientsWithTheirProductsByIndentInAnOldXlsAndTheSameWithoutLevelsInCsv() {
		OneCGroupedReport xls = clientsThenProducts("Февраль 2024");
		assertFigures(upload("prodazhi.xls", xls.xls(Levels.INDENT), null), xls, "2024-02");
		OneCGroupedReport outlined = clientsThenProducts("Март 2024");
		assertFigures(upload("prodazhi-outline.xls", outlined.xls(Levels.OUTLINE), null), outlined, "2024-03");
		OneCGroupedReport indented = clientsThenProducts("Апрель 2024");
		assertFigures(upload("prodazhi-indent.xlsx", indented.xlsx(Levels.INDENT), null), indented, "2024-04");
		OneCGroupedReport csv = clientsThenProducts("Май 2024");
		assertFigures(upload("prodazhi.csv", csv.csv(), null), csv, "2024-05");
	}

	@Test
	void productsWithTheirClientsBelowWithAmountsWithoutVat() {
		OneCGroupedReport file = OneCGroupedReport.productsThenClients(false)
			.title("Продажи по номенклатуре")
			.title("за июнь 2024")
			.group(0, "Розетка бежевый серия Neo-1", "EL-10001", "", 7, 5600)
			.line(1, SHCHITSTROY, "", "6645390113", 4, 3200)
			.line(1, SHCHITTEHNO, "", "7750627412", 3, 2400)
			.group(0, "Розетка алюминий серия Line-4", "EL-10004", "", 2, 2000)
			.line(1, KOMPLEKT, "", "5406127494", 2, 2000);
		for (Levels levels : List.of(Levels.OUTLINE, Levels.INDENT)) {
			JsonNode report = upload("nomenklatura-" + levels + ".xlsx", file.xlsx(levels), null);
			assertFigures(report, file, "2024-06");
			List<JsonNode> lines = lines(report.path("id").asLong());
			assertThat(lines).extracting(line -> line.path("sku").asString() + " " + line.path("clientInn").asString())
				.containsExactly("EL-10001 6645390113", "EL-10001 7750627412", "EL-10004 5406127494");
			assertThat(lines).extracting(line -> line.path("amountNet").decimalValue())
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("3200"), new BigDecimal("2400"), new BigDecimal("2000"));
		}
		JsonNode csv = upload("nomenklatura.csv", file.csv(), null);
		assertFigures(csv, file, "2024-06");
	}

	/**
	 * Client → document → product; the return document's lines are negative, printed so
	 * or not.
	 */
	private static OneCGroupedReport threeLevels() {
		return OneCGroupedReport.clientsDocumentsProducts(true)
			.title("Продажи по документам")
			.title("Период: 01.07.2024 - 31.07.2024")
			.group(0, SHCHITSTROY, "6645390113", "", 4, 6000)
			.group(1, "Реализация товаров и услуг 00БТ-000123 от 05.07.2024 12:00:00", "", "", 5, 7200)
			.line(2, "Розетка бежевый серия Neo-1", "", "EL-10001", 3, 3600)
			.line(2, "Розетка белый серия Neo-3", "", "EL-10003", 2, 3600)
			.group(1, "Возврат товаров от клиента 00БТ-000045 от 10.07.2024 9:15:00", "", "", -1, -1200)
			.line(2, "Розетка бежевый серия Neo-1", "", "EL-10001", -1, -1200)
			.group(0, KOMPLEKT, "5406127494", "", 1, 1800)
			.group(1, "Реализация товаров и услуг 00БТ-000130 от 20.07.2024 16:40:03", "", "", 2, 4000)
			.line(2, "Розетка бежевый серия Neo-2", "", "EL-10002", 2, 4000)
			.group(1, "Возврат товаров от клиента 00БТ-000051 от 25.07.2024 10:00:00", "", "", 1, 2200)
			.returnPrintedPositive(2, "Розетка бежевый серия Neo-2", "", "EL-10002", 1, 2200);
	}

	@Test
	void clientDocumentProductGivesEachLineItsDocumentAndDateAndReturnsAreNegative() {
		OneCGroupedReport file = threeLevels();
		for (byte[] bytes : List.of(file.xlsx(Levels.OUTLINE), file.xls(Levels.INDENT), file.csv())) {
			JsonNode report = upload("dokumenty", bytes, null);
			assertFigures(report, file, "2024-07");
			List<JsonNode> lines = lines(report.path("id").asLong());
			assertThat(lines)
				.extracting(line -> line.path("documentNo").asString() + " " + line.path("saleDate").asString() + " "
						+ line.path("clientInn").asString() + " " + line.path("sku").asString() + " "
						+ line.path("quantity").decimalValue().stripTrailingZeros().toPlainString())
				.containsExactly("00БТ-000123 2024-07-05 6645390113 EL-10001 3",
						"00БТ-000123 2024-07-05 6645390113 EL-10003 2", "00БТ-000045 2024-07-10 6645390113 EL-10001 -1",
						"00БТ-000130 2024-07-20 5406127494 EL-10002 2",
						"00БТ-000051 2024-07-25 5406127494 EL-10002 -1");
			assertThat(lines).allSatisfy(line -> assertThat(line.path("problems").findValuesAsString("code"))
				.doesNotContain("dateFromPeriod"));
		}
	}

	@Test
	void aFirstSheetOfParametersIsPassedOverAndItsPeriodUsed() {
		OneCGroupedReport file = OneCGroupedReport.clientsThenProducts(false)
			.parameter("Параметры: ")
			.parameter("Период: Август 2024 г.")
			.parameter("Отбор: Организация Равно \"ООО Альфа Электро\"")
			.title("Валовая прибыль")
			.group(0, SHCHITSTROY, "6645390113", "", 2, 1700)
			.line(1, "Розетка бежевый серия Neo-1", "", "EL-10001", 2, 1700);
		assertFigures(upload("dva-lista.xlsx", file.xlsx(Levels.OUTLINE), null), file, "2024-08");
		assertFigures(upload("dva-lista.xls", file.xls(Levels.OUTLINE), null), file, "2024-08");
	}

	@Test
	void thePeriodGivenWithTheUploadRanksBeforeTheTitles() {
		OneCGroupedReport file = clientsThenProducts("Сентябрь 2024");
		JsonNode report = upload("prodazhi.xlsx", file.xlsx(Levels.OUTLINE), "2024-10");
		assertFigures(report, file, "2024-10");
		assertThat(lines(report.path("id").asLong()))
			.allSatisfy(line -> assertThat(line.path("saleDate").asString()).isEqualTo("2024-10-31"));
	}

	@Test
	void theStructureIsSavedAsATemplateAndRecognisedNextMonth() {
		OneCGroupedReport november = OneCGroupedReport.clientsThenProducts(true)
			.title("Валовая прибыль (шаблон)")
			.title("Период: Ноябрь 2024 г.")
			.group(0, SHCHITSTROY, "6645390113", "", 1, 1500)
			.line(1, "Розетка бежевый серия Neo-1", "", "EL-10001", 1, 1500);
		JsonNode first = upload("nov.xlsx", november.xlsx(Levels.OUTLINE), null);
		assertFigures(first, november, "2024-11");
		OneCGroupedReport december = OneCGroupedReport.clientsThenProducts(true)
			.title("Валовая прибыль (шаблон)")
			.title("Период: Декабрь 2024 г.")
			.group(0, KOMPLEKT, "5406127494", "", 2, 4000)
			.line(1, "Розетка белый серия Neo-3", "", "EL-10003", 2, 4000);
		JsonNode second = upload("dec.xlsx", december.xlsx(Levels.OUTLINE), null);
		assertFigures(second, december, "2024-12");
		List<Long> templates = asSystem(
				() -> jdbc.sql("select template_id from sellout_reports where id in (?, ?) order by id")
					.params(first.path("id").asLong(), second.path("id").asLong())
					.query(Long.class)
					.list());
		assertThat(templates).doesNotContainNull();
		assertThat(templates.get(1)).isEqualTo(templates.get(0));
		String layout = asSystem(() -> jdbc.sql("select layout::text from sellout_templates where id = ?")
			.param(templates.get(0))
			.query(String.class)
			.single());
		assertThat(layout).contains("\"grouping\"").contains("client_name").contains("product_name");
		String page = browser().loggedInAs("alfa.admin", "demo").get("/sellout/templates/" + templates.get(0)).body();
		assertThat(page).contains("Группировка строк").contains("Покупатель → ").contains("Номенклатура");
	}

	@Test
	void aTitlePeriodLongerThanAMonthWaitsForAPersonOrIsRefusedWithoutOne() {
		OneCGroupedReport file = OneCGroupedReport.clientsThenProducts(true)
			.title("Валовая прибыль")
			.title("Период: 01.01.2023 - 31.03.2023")
			.group(0, SHCHITSTROY, "6645390113", "", 1, 1500)
			.line(1, "Розетка бежевый серия Neo-1", "", "EL-10001", 1, 1500);
		JsonNode waiting = upload("kvartal.xlsx", file.xlsx(Levels.OUTLINE), null);
		assertThat(waiting.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		assertThat(waiting.path("waitingFor").asString()).contains("длиннее месяца");
		String suggested = new SellOutApi(browser())
			.get("alfa.admin", "/api/v1/sellout/reports/" + waiting.path("id").asLong() + "/mapping")
			.body();
		HttpResponse<String> withoutMonth = browser().apiSend("PUT",
				"/api/v1/sellout/reports/" + waiting.path("id").asLong() + "/mapping", suggested, "alfa.admin", "demo");
		assertThat(withoutMonth.statusCode()).isEqualTo(422);
		assertThat(withoutMonth.body()).contains("settings.period")
			.doesNotContain("sale_date")
			.contains("\"reason\":\"Choose the report's month");

		long alfa = asSystem(
				() -> jdbc.sql("select id from distributors where code = 'ALFA'").query(Long.class).single());
		SellOutReport refused = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, alfa, Channel.FTP, "kvartal-ftp.xlsx", null, file.xls(Levels.OUTLINE), null, null,
							Duration.ofSeconds(30))
					.report());
		assertThat(refused.status()).isEqualTo(ReportStatus.REJECTED);
		assertThat(refused.rejectionKey()).isEqualTo("sellout.rejected.titlePeriod");

		JsonNode chosen = upload("kvartal-yanvar.xlsx", file.xlsx(Levels.INDENT), "2023-01");
		assertFigures(chosen, file, "2023-01");
		assertThat(YearMonth.parse(chosen.path("period").asString())).isEqualTo(YearMonth.of(2023, 1));
	}

	@Test
	void aClientWithoutAnInnIsAClientNotALineOfThePreviousOne() {
		OneCGroupedReport file = OneCGroupedReport.clientsThenProducts(false)
			.title("Валовая прибыль")
			.title("Период: Февраль 2023 г.")
			.group(0, SHCHITSTROY, "6645390113", "", 2, 2000)
			.line(1, "Розетка бежевый серия Neo-1", "", "EL-10001", 2, 2000)
			.group(0, "ИП Петров", "", "", 1, 1000)
			.line(1, "Розетка бежевый серия Neo-2", "", "EL-10002", 1, 1000)
			.group(0, KOMPLEKT, "5406127494", "", 3, 3000)
			.line(1, "Розетка белый серия Neo-3", "", "EL-10003", 3, 3000);
		for (byte[] bytes : List.of(file.csv(), file.csv(true), file.xlsx(Levels.INDENT))) {
			JsonNode report = upload("petrov", bytes, null);
			assertThat(report.path("lines").asInt()).as(report.toString()).isEqualTo(3);
			assertThat(report.path("acceptedLines").asInt()).isEqualTo(2);
			assertThat(report.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("5000");
			List<JsonNode> lines = lines(report.path("id").asLong());
			assertThat(lines).extracting(line -> line.path("clientName").asString() + " " + line.path("sku").asString())
				.containsExactly(SHCHITSTROY + " EL-10001", "ИП Петров EL-10002", KOMPLEKT + " EL-10003");
			assertThat(lines.get(1).path("accepted").asBoolean()).isFalse();
			assertThat(lines.get(1).path("problems").findValuesAsString("code")).contains("missingInn");
		}
	}

}
