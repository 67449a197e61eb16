package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import com.sellout.portal.sellout.OneCDocuments.Sale;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.RefusedFiles;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static com.sellout.portal.support.RefusedFiles.HEADER;
import static com.sellout.portal.support.RefusedFiles.SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Through the API, as a distributor's system sends files: each refused file is REJECTED
 * with the reason that names what is wrong with it and where, in Russian and in English;
 * the files that only look odd (UTF-16 without a mark, a short row) are read.
 */
class RefusalReasonsTest extends PortalTest {

	private static final String ALFA_INN = "7776711926";

	private static final String GAMMA_INN = "6655323405";

	static Stream<Arguments> refusedFiles() {
		return Stream.of(
				arguments("twice.xlsx",
						RefusedFiles.withPartTwice("xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"),
						"часть «xl/worksheets/sheet1.xml» записана в архиве дважды",
						"its part «xl/worksheets/sheet1.xml» is stored twice"),
				arguments("doctype.xlsx", RefusedFiles.withDoctypeIn("xl/sharedStrings.xml"),
						"в её части «xl/sharedStrings.xml» есть объявление DOCTYPE",
						"its part «xl/sharedStrings.xml» declares a DOCTYPE"),
				arguments("parts.xlsx", RefusedFiles.withPictures(1_000), "в архиве больше 1000 частей",
						"its archive has more than 1000 parts"),
				arguments("quote.csv",
						RefusedFiles.text(StandardCharsets.UTF_8, HEADER, SALE,
								"06.01.2017;ООО Щитстрой;6645390113;\"EL-10001;2;1480,88", SALE),
						"Строка 3, столбец 4: кавычка, которой начинается значение, не закрыта",
						"Line 3, column 4: the quote that opens the value is never closed"),
				arguments("long.csv",
						RefusedFiles.text(StandardCharsets.UTF_8, "Продажи АО Гамма Энерго за январь 2017", "", HEADER,
								SALE, "06.01.2017;ООО Щитстрой; Екатеринбург;6645390113;EL-10001;2;1480,88"),
						"Строка 5: из 7 полей, а в заголовке 6", "Row 5 has 7 fields, but the header has 6"),
				arguments("mixed.csv",
						RefusedFiles.mixedCharsets(new String[] { HEADER, SALE, SALE },
								new String[] { "07.01.2017;ООО Ромашка;6645390113;EL-10001;1;740,44" }),
						"в строке 4 есть байты другой кодировки", "line 4 holds bytes of another charset"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void aRefusedFileIsToldWhyInTheSendersLanguage(String fileName, byte[] content, String russian, String english) {
		JsonNode report = upload(fileName, content, "2017-01");
		assertThat(report.path("status").asString()).isEqualTo("REJECTED");
		assertThat(report.path("lines").asInt()).isZero();
		assertThat(report.path("rejectionReason").asString()).contains(russian);
		assertThat(inEnglish(report).path("rejectionReason").asString()).contains(english);
	}

	@Test
	void theWorkbookTheyWereSpoiltFromIsAccepted() {
		JsonNode report = upload("good.xlsx", RefusedFiles.workbook(), "2017-02");
		assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(2);
	}

	@Test
	void utf16WithoutAByteOrderMarkIsReadInBothByteOrders() {
		String[] lines = { HEADER, SALE, "06.01.2017;ООО «Щитстрой»;6645390113;EL-10002;1;1496,43" };
		for (var charset : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
			JsonNode report = upload("utf16-" + charset + ".csv", RefusedFiles.text(charset, lines), "2017-03");
			assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
			assertThat(report.path("acceptedLines").asInt()).isEqualTo(2);
			assertThat(report.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("2977.31");
		}
	}

	@Test
	void aShortRowIsReadWithItsMissingTrailingFieldsEmpty() {
		byte[] file = RefusedFiles.text(StandardCharsets.UTF_8, HEADER + ";Склад", SALE + ";Основной",
				"06.01.2017;ООО Щитстрой;6645390113;EL-10001;1;740,44");
		JsonNode report = upload("short.csv", file, "2017-04");
		assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(2);
		assertThat(report.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("2221.32");
	}

	@Test
	void aOneCFileOfAnotherDistributorsOrganisationIsRefusedWithoutNamingThatDistributor() {
		byte[] enterpriseData = OneCDocuments.enterpriseDataOf(ALFA_INN,
				Sale.of("ORG-1", "2017-05-11", "EL-10001", 2, "1480.88"));
		byte[] commerceMl = OneCDocuments.commerceMlSoldBy(ALFA_INN, "ORG-2", "2017-05-12", "EL-10001", 2, "740.44");
		for (byte[] file : new byte[][] { enterpriseData, commerceMl }) {
			JsonNode report = upload("org.xml", file, "2017-05");
			assertThat(report.path("status").asString()).isEqualTo("REJECTED");
			assertThat(report.path("rejectionReason").asString())
				.contains("Файл выгружен из учёта другой организации портала (организация в файле — ИНН 7776711926)")
				.doesNotContain("Альфа")
				.doesNotContain("ALFA");
			assertThat(inEnglish(report).path("rejectionReason").asString())
				.contains("another organisation of the portal (the file names ИНН 7776711926)")
				.doesNotContain("Альфа")
				.doesNotContain("ALFA");
		}
	}

	@Test
	void aOneCFileOfTheSendersOwnOrAnUnknownOrganisationIsRead() {
		String unknown = TestInns.organisation(913_001);
		JsonNode own = upload("own.xml",
				OneCDocuments.enterpriseDataOf(GAMMA_INN, Sale.of("ORG-3", "2017-06-11", "EL-10001", 2, "1480.88")),
				"2017-06");
		assertThat(own.path("status").asString()).as(own.toString()).isEqualTo("ACCEPTED");
		JsonNode other = upload("unknown.xml",
				OneCDocuments.commerceMlSoldBy(unknown, "ORG-4", "2017-07-12", "EL-10001", 2, "740.44"), "2017-07");
		assertThat(other.path("status").asString()).as(other.toString()).isEqualTo("ACCEPTED");
		assertThat(other.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("1480.88");
	}

	private JsonNode upload(String fileName, byte[] content, String period) {
		HttpResponse<String> response = new SellOutApi(browser()).upload("gamma.manager", fileName, content, period,
				"Accept-Language", "ru");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return SellOutApi.json(response);
	}

	/** The same report read again by an English-speaking client. */
	private JsonNode inEnglish(JsonNode report) {
		String credentials = Base64.getEncoder().encodeToString("gamma.manager:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = browser().request("GET",
				"/api/v1/sellout/reports/" + report.path("id").asLong(), null, null, "Authorization",
				"Basic " + credentials, "Accept-Language", "en");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return SellOutApi.json(response);
	}

}
