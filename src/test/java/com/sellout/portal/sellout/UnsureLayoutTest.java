package com.sellout.portal.sellout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.sellout.portal.support.PortalTest;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook in a layout the headers do not explain waits for a person whatever its size
 * — it was once called a damaged file past the 30 rows the layout search looks at.
 */
class UnsureLayoutTest extends PortalTest {

	private static byte[] workbook(Workbook book, int lines) {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Лист1");
			sheet.createRow(0).createCell(0).setCellValue("Отчёт дистрибьютора");
			String[] header = { "Когда", "Кому", "ИНН", "Что", "Сколько штук", "Выручка с НДС, руб" };
			Row head = sheet.createRow(2);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			for (int i = 0; i < lines; i++) {
				Row row = sheet.createRow(3 + i);
				row.createCell(0).setCellValue("0" + (1 + i % 9) + ".03.2025");
				row.createCell(1).setCellValue("ООО \"Щитстрой\"");
				row.createCell(2).setCellValue("6645390113");
				row.createCell(3).setCellValue("EL-1000" + (1 + i % 5));
				row.createCell(4).setCellValue(1 + i % 7);
				row.createCell(5).setCellValue(1000 + i);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void tenThousandRowsInAnUnknownLayoutWaitForAPersonWithTheSuggestion(String kind) {
		byte[] file = workbook(kind.equals("xlsx") ? new SXSSFWorkbook() : new HSSFWorkbook(), 10_000);
		SellOutApi api = new SellOutApi(browser());
		HttpResponse<String> sent = api.upload("alfa.admin", "big." + kind, file, "2025-03", "Accept-Language", "ru");
		JsonNode report = SellOutApi.json(sent);
		assertThat(report.path("status").asString()).as(sent.body()).isEqualTo("NEEDS_MAPPING");
		assertThat(report.path("rejectionReason").isNull() || report.path("rejectionReason").isMissingNode()).isTrue();
		assertThat(report.path("waitingFor").asString()).contains("колонки");
		assertThat(report.path("format").asString()).isEqualTo(kind.toUpperCase());
		JsonNode suggested = SellOutApi
			.json(api.get("alfa.admin", "/api/v1/sellout/reports/" + report.path("id").asLong() + "/mapping"));
		assertThat(suggested.path("headerRows").get(0).asInt()).isEqualTo(3);
		assertThat(suggested.path("columns").get(2).path("field").asString()).isEqualTo("client_inn");
	}

	@org.junit.jupiter.api.Test
	void headersThatNameNothingStillOfferTheirColumnsForAPersonToMap() {
		StringBuilder csv = new StringBuilder("Поле 1;Поле 2;Поле 3;Поле 4;Поле 5;Поле 6\n");
		for (int i = 0; i < 5_000; i++) {
			csv.append(1 + i % 28).append(".04.2025;ООО \"Щитстрой\";6645390113;EL-10001;1;1000,00\n");
		}
		SellOutApi api = new SellOutApi(browser());
		JsonNode report = SellOutApi
			.json(api.upload("alfa.admin", "pole.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "2025-04"));
		assertThat(report.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		long id = report.path("id").asLong();
		JsonNode suggested = SellOutApi.json(api.get("alfa.admin", "/api/v1/sellout/reports/" + id + "/mapping"));
		assertThat(suggested.path("headerRows").get(0).asInt()).isEqualTo(1);
		assertThat(suggested.path("firstDataRow").asInt()).isEqualTo(2);
		assertThat(suggested.path("columns")).hasSize(6);
		assertThat(suggested.path("columns").get(3).path("header").asString()).isEqualTo("Поле 4");

		ObjectNode mapped = (ObjectNode) suggested.deepCopy();
		String[] fields = { "sale_date", "client_name", "client_inn", "sku", "quantity", "amount" };
		for (int i = 0; i < fields.length; i++) {
			((ObjectNode) mapped.path("columns").get(i)).put("field", fields[i]);
		}
		HttpResponse<String> put = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				mapped.toString(), "alfa.admin", "demo");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode read = SellOutApi.json(put);
		assertThat(read.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(read.path("acceptedLines").asInt()).isEqualTo(5_000);
		assertThat(read.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("5000000");
	}

	@org.junit.jupiter.api.Test
	void randomBytesAreNoTableNotTextInAnotherCharset() {
		byte[] random = new byte[20_000];
		new Random(13).nextBytes(random);
		random[0] = 'A'; // not a magic number of a known kind
		JsonNode report = SellOutApi.json(new SellOutApi(browser()).upload("alfa.admin", "random.csv", random,
				"2025-05", "Accept-Language", "ru"));
		assertThat(report.path("status").asString()).isEqualTo("REJECTED");
		assertThat(report.path("rejectionReason").asString()).contains("не похож ни на таблицу");
	}

}
