package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixing exceptions on the exception's page, with the forms as the page renders them: a
 * corrected value accepts the line with every value it was sent with, an alias clears the
 * problem it fixes.
 */
class ExceptionFixTest extends PortalTest {

	/**
	 * The canonical template's fields, in the order of its header (a stock line's cost is
	 * no sell-out field).
	 */
	private static final List<CanonicalField> TEMPLATE = List.of(CanonicalField.values())
		.stream()
		.filter(f -> f != CanonicalField.VAT_INCLUDED && f != CanonicalField.COST)
		.toList();

	@Test
	void aLineAcceptedAfterAFixKeepsEveryValueItHadOnThePageTheApiAndTheExports() {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		List<String> header = header(alfa.download("/sellout/template.csv").body());
		assertThat(header).hasSize(TEMPLATE.size());
		Map<CanonicalField, String> sent = new EnumMap<>(CanonicalField.class);
		sent.put(CanonicalField.SALE_DATE, "14.03.2018");
		sent.put(CanonicalField.DOCUMENT_NO, "УПД-3141");
		sent.put(CanonicalField.CLIENT_INN, "6645390114");
		sent.put(CanonicalField.CLIENT_KPP, "660101001");
		sent.put(CanonicalField.CLIENT_NAME, "ООО \"Щитстрой\"");
		sent.put(CanonicalField.CLIENT_SEGMENT, "Монтажная организация");
		sent.put(CanonicalField.REGION, "Свердловская обл.");
		sent.put(CanonicalField.CITY, "Екатеринбург");
		sent.put(CanonicalField.DELIVERY_ADDRESS, "Екатеринбург, ул. Малышева, д. 51, склад 3");
		sent.put(CanonicalField.SKU, "EL-20054");
		sent.put(CanonicalField.DISTRIBUTOR_SKU, "ALFA-UZO-0541");
		sent.put(CanonicalField.EAN, "4603960878502");
		sent.put(CanonicalField.PRODUCT_NAME, "УЗО чёрн. Pro1");
		sent.put(CanonicalField.QUANTITY, "3");
		sent.put(CanonicalField.UNIT, "шт");
		sent.put(CanonicalField.PRICE, "5491,32");
		sent.put(CanonicalField.AMOUNT, "16473,96");
		sent.put(CanonicalField.VAT_RATE, "22%");
		sent.put(CanonicalField.CURRENCY, "RUB");
		sent.put(CanonicalField.WAREHOUSE, "Склад Екатеринбург-2");
		sent.put(CanonicalField.PROJECT, "ЖК «Северный», корпус 4");
		Map<CanonicalField, String> plain = new EnumMap<>(sent);
		plain.putAll(Map.of(CanonicalField.SALE_DATE, "15.03.2018", CanonicalField.DOCUMENT_NO, "УПД-3140",
				CanonicalField.CLIENT_INN, "6645390113", CanonicalField.SKU, "EL-20055", CanonicalField.QUANTITY, "1",
				CanonicalField.PRICE, "6335,26", CanonicalField.AMOUNT, "6335,26"));
		String csv = String.join(";", header) + "\n" + line(plain) + line(sent);
		SellOutApi api = new SellOutApi(browser());
		JsonNode report = SellOutApi
			.json(api.upload("alfa.manager", "march-2018.csv", csv.getBytes(StandardCharsets.UTF_8), "2018-03"));
		long id = report.path("id").asLong();
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(report.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("6335.26");
		String fixPage = "/sellout/reports/" + id + "/lines/3";

		// a value corrected while the line still fails is seen on the open line at once
		HttpResponse<String> renamed = PageForm.on(alfa, fixPage, "[data-testid=correct-value] form")
			.choose("field", "Номенклатура")
			.fill("value", "УЗО черный серия Pro-1")
			.submit();
		assertThat(renamed.headers().firstValue("Location").orElseThrow()).endsWith(fixPage);
		JsonNode open = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + id + "/exceptions"))
			.path("items")
			.get(0);
		assertThat(open.path("productName").asString()).isEqualTo("УЗО черный серия Pro-1");
		assertThat(open.path("problems").findValuesAsString("code")).containsExactly("invalidInn");
		sent.put(CanonicalField.PRODUCT_NAME, "УЗО черный серия Pro-1");

		HttpResponse<String> fixed = PageForm.on(alfa, fixPage, "[data-testid=correct-value] form")
			.choose("field", "ИНН покупателя")
			.fill("value", "6645390113")
			.submit();
		assertThat(fixed.headers().firstValue("Location").orElseThrow())
			.endsWith("/sellout/reports/" + id + "?lines=EXCEPTIONS");
		sent.put(CanonicalField.CLIENT_INN, "6645390113");

		JsonNode after = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + id));
		assertThat(after.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(after.path("acceptedLines").asInt()).isEqualTo(2);
		assertThat(after.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("22809.22");
		assertThat(after.path("deviations").asInt()).isEqualTo(1);

		Map<LineColumn, String> expected = new EnumMap<>(LineColumn.class);
		expected.put(LineColumn.SALE_DATE, "2018-03-14");
		expected.put(LineColumn.DOCUMENT_NO, sent.get(CanonicalField.DOCUMENT_NO));
		expected.put(LineColumn.CLIENT_INN, sent.get(CanonicalField.CLIENT_INN));
		expected.put(LineColumn.CLIENT_KPP, sent.get(CanonicalField.CLIENT_KPP));
		expected.put(LineColumn.CLIENT_NAME, sent.get(CanonicalField.CLIENT_NAME));
		expected.put(LineColumn.CLIENT_SEGMENT, "INSTALLER");
		expected.put(LineColumn.REGION_CODE, "66");
		expected.put(LineColumn.CITY, sent.get(CanonicalField.CITY));
		expected.put(LineColumn.DELIVERY_ADDRESS, sent.get(CanonicalField.DELIVERY_ADDRESS));
		expected.put(LineColumn.SKU, sent.get(CanonicalField.SKU));
		expected.put(LineColumn.DISTRIBUTOR_SKU, sent.get(CanonicalField.DISTRIBUTOR_SKU));
		expected.put(LineColumn.EAN, sent.get(CanonicalField.EAN));
		expected.put(LineColumn.PRODUCT_NAME, sent.get(CanonicalField.PRODUCT_NAME));
		expected.put(LineColumn.QUANTITY, "3");
		expected.put(LineColumn.UNIT, sent.get(CanonicalField.UNIT));
		expected.put(LineColumn.PRICE_NET, "5491.32");
		expected.put(LineColumn.AMOUNT_NET, "16473.96");
		expected.put(LineColumn.VAT_RATE, "22");
		expected.put(LineColumn.CURRENCY, sent.get(CanonicalField.CURRENCY));
		expected.put(LineColumn.WAREHOUSE, sent.get(CanonicalField.WAREHOUSE));
		expected.put(LineColumn.PROJECT, sent.get(CanonicalField.PROJECT));
		expected.put(LineColumn.FLOOR_PRICE, "6101.47"); // the demo catalog's minimum
															// price of EL-20054
		expected.put(LineColumn.BELOW_FLOOR_PCT, "10.00"); // (6101.47 − 5491.32) /
															// 6101.47
		assertThat(expected.keySet()).as("every column of a line is checked").containsExactly(LineColumn.values());

		JsonNode line = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + id + "/lines"))
			.path("items")
			.get(1);
		assertThat(line.path("line").asInt()).isEqualTo(3);
		assertThat(line.path("accepted").asBoolean()).isTrue();
		expected.forEach((column, value) -> assertSame(column.apiName(), line.path(column.apiName()), value));

		Map<String, String> exported = row(alfa.download("/sellout/reports/" + id + "/lines.csv?lines=ACCEPTED").body(),
				sent.get(CanonicalField.DOCUMENT_NO));
		Map<String, String> data = row(alfa.download("/sellout/data/export.csv?from=2018-03&to=2018-03").body(),
				sent.get(CanonicalField.DOCUMENT_NO));
		expected.forEach((column, value) -> {
			String heading = header(column);
			assertThat(exported).as("report export: " + heading).containsKey(heading);
			assertSameText(heading, exported.get(heading), value);
			assertThat(data).as("data export: " + heading).containsKey(heading);
			assertSameText(heading, data.get(heading), value);
		});
	}

	@Test
	void anAliasAddedOnTheExceptionsPageClearsTheProblemItFixesAndTheLineIsAcceptedOnceItsInnIsRight() {
		String file = "Дата;Покупатель;ИНН;Регион;Тип клиента;Артикул;Количество;Сумма без НДС\n"
				+ "05.05.2018;ООО \"Щитстрой\";6645390113;Свердловская обл.;Дилер;EL-20056;1;4352,14\n"
				+ "06.05.2018;ООО \"Щитстрой\";6645390119;Лукоморье;Электрощитовики;EL-20057;2;9639,68\n";
		SellOutApi api = new SellOutApi(browser());
		long id = SellOutApi
			.json(api.upload("beta.manager", "may-2018.csv", file.getBytes(StandardCharsets.UTF_8), "2018-05"))
			.path("id")
			.asLong();
		assertThat(problems(api, "beta.manager", id)).containsExactly("invalidInn", "unknownRegion", "unknownSegment");
		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");
		String fixPage = "/sellout/reports/" + id + "/lines/3";

		PageForm region = PageForm.on(beta, fixPage, "[data-testid=add-alias] form");
		assertThat(region.value("type")).isEqualTo("REGION");
		assertThat(region.value("from")).isEqualTo("Лукоморье");
		assertThat(region.choose("to", "Краснодарский край").submit().statusCode()).isEqualTo(302);
		assertThat(problems(api, "beta.manager", id)).containsExactly("invalidInn", "unknownSegment");

		PageForm segment = PageForm.on(beta, fixPage, "[data-testid=add-alias] form");
		assertThat(segment.value("type")).as("the problem left is the segment's").isEqualTo("SEGMENT");
		assertThat(segment.value("from")).isEqualTo("Электрощитовики");
		assertThat(segment.choose("to", "Монтажная организация").submit().statusCode()).isEqualTo(302);
		assertThat(problems(api, "beta.manager", id)).containsExactly("invalidInn");
		JsonNode open = SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports/" + id + "/exceptions"))
			.path("items")
			.get(0);
		assertThat(open.path("regionCode").asString()).isEqualTo("23");
		assertThat(open.path("clientSegment").asString()).isEqualTo("INSTALLER");

		PageForm.on(beta, fixPage, "[data-testid=correct-value] form").fill("value", "6645390113").submit();
		JsonNode after = SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports/" + id));
		assertThat(after.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(after.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("13991.82");
		JsonNode line = SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports/" + id + "/lines"))
			.path("items")
			.get(1);
		assertThat(line.path("regionCode").asString()).isEqualTo("23");
		assertThat(line.path("clientSegment").asString()).isEqualTo("INSTALLER");
		assertThat(line.path("problems").isEmpty()).isTrue();
	}

	@Test
	void aFieldIsBoundByTheKeyThePageRendersAndAnUnknownOneIsABadRequest() {
		byte[] file = SalesFile.create()
			.sale("07.06.2018", "EL-20058", 1, "2021,99")
			.sale("08.06.2018", "ООО Опечатка", "1234567890", "МО", "EL-20058", 1, "2021,99")
			.bytes();
		long id = SellOutApi.json(new SellOutApi(browser()).upload("gamma.manager", "june-2018.csv", file, "2018-06"))
			.path("id")
			.asLong();
		PortalHttp gamma = browser().loggedInAs("gamma.manager", "demo");
		PageForm form = PageForm.on(gamma, "/sellout/reports/" + id + "/lines/3", "[data-testid=correct-value] form");
		assertThat(form.options("field")).contains("ИНН покупателя", "Номенклатура", "Склад", "Проект");
		assertThat(form.choose("field", "ИНН покупателя").value("field")).isEqualTo(CanonicalField.CLIENT_INN.key());
		assertThat(form.choose("field", "Склад").value("field")).isEqualTo(CanonicalField.WAREHOUSE.key());

		Map<String, String> unknown = new LinkedHashMap<>();
		unknown.put("field", "no_such_field");
		unknown.put("value", "6645390113");
		unknown.put("_csrf", PortalHttp.csrfOf(gamma.get("/sellout/reports/" + id + "/lines/3").body()));
		assertThat(gamma.postForm(form.action(), unknown).statusCode()).isEqualTo(400);
		assertThat(SellOutApi.json(new SellOutApi(browser()).get("gamma.manager", "/api/v1/sellout/reports/" + id))
			.path("exceptions")
			.asInt()).isEqualTo(1);
	}

	private static List<String> problems(SellOutApi api, String login, long reportId) {
		JsonNode items = SellOutApi.json(api.get(login, "/api/v1/sellout/reports/" + reportId + "/exceptions"))
			.path("items");
		assertThat(items.size()).isEqualTo(1);
		return items.get(0).path("problems").findValuesAsString("code");
	}

	/** A CSV record of the template's fields. */
	private static String line(Map<CanonicalField, String> values) {
		return TEMPLATE.stream()
			.map(f -> "\"" + values.get(f).replace("\"", "\"\"") + "\"")
			.collect(Collectors.joining(";")) + "\n";
	}

	private static List<String> header(byte[] csv) {
		List<RawRow> rows = rows(csv);
		return rows.get(0).cells();
	}

	private static List<RawRow> rows(byte[] table) {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(table, rows::add);
		return rows;
	}

	/** The exported row of the document, by header. */
	private static Map<String, String> row(byte[] csv, String documentNo) {
		List<RawRow> rows = rows(csv);
		List<String> header = rows.get(0).cells();
		for (RawRow row : rows.subList(1, rows.size())) {
			if (row.cells().contains(documentNo)) {
				Map<String, String> byHeader = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					byHeader.put(header.get(i), row.cell(i));
				}
				return byHeader;
			}
		}
		throw new AssertionError("No row of " + documentNo + " in the export");
	}

	@org.springframework.beans.factory.annotation.Autowired
	private MessageSource messages;

	private String header(LineColumn column) {
		return messages.getMessage(column.header(), null, Locale.forLanguageTag("ru"));
	}

	private static void assertSame(String name, JsonNode node, String expected) {
		assertThat(node.isMissingNode() || node.isNull()).as(name + " is on the line").isFalse();
		if (node.isNumber()) {
			assertThat(node.decimalValue()).as(name).isEqualByComparingTo(new BigDecimal(expected));
		}
		else {
			assertThat(node.asString()).as(name).isEqualTo(expected);
		}
	}

	private static void assertSameText(String name, String actual, String expected) {
		if (expected.matches("-?\\d+(\\.\\d+)?") && actual != null && actual.matches("-?\\d+(\\.\\d+)?")) {
			assertThat(new BigDecimal(actual)).as(name).isEqualByComparingTo(new BigDecimal(expected));
		}
		else {
			assertThat(actual).as(name).isEqualTo(expected);
		}
	}

}
