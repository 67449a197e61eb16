package com.sellout.portal.sellout;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken files are refused safely — REJECTED with a reason in the sender's
 * language, or a 4xx answer — and the portal goes on working. The test profile limits
 * files to 8 MB.
 */
class HostileFilesTest extends PortalTest {

	private static final String GOOD = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n"
			+ "05.01.2025;ООО \"Щитстрой\";6645390113;EL-10001;2;1480,88\n";

	private JsonNode rejected(String fileName, byte[] content) {
		HttpResponse<String> response = new SellOutApi(browser()).upload("gamma.manager", fileName, content, "2024-01",
				"Accept-Language", "ru");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = SellOutApi.json(response);
		assertThat(report.path("status").asString()).isEqualTo("REJECTED");
		assertThat(report.path("lines").asInt()).isZero();
		return report;
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				out.write(spaces); // 300 MB of blanks in a file of about 300 KB
			}
		}
		assertThat(zip.size()).isLessThan(2_000_000);
		JsonNode report = rejected("bomb.xlsx", zip.toByteArray());
		assertThat(report.path("rejectionReason").asString()).contains("Excel");
		stillWorks();
	}

	@Test
	void externalEntitiesAndEntityExpansionNeverStart() {
		String xxe = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE КоммерческаяИнформация [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<КоммерческаяИнформация ВерсияСхемы="2.08"><Документ><Номер>&secret;</Номер></Документ></КоммерческаяИнформация>
				""";
		JsonNode report = rejected("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
		assertThat(report.path("rejectionReason").asString()).contains("DOCTYPE").doesNotContain("root:");

		StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			laughs.append("<!ENTITY lol")
				.append(i)
				.append(" \"")
				.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
				.append("\">");
		}
		laughs.append("]>\n<Message><Body>&lol9;</Body></Message>");
		rejected("laughs.xml", laughs.toString().getBytes(StandardCharsets.UTF_8));
		stillWorks();
	}

	@Test
	void randomBytesTruncatedWorkbooksAndPdfsAreRejectedWithAReason() {
		byte[] random = new byte[64 * 1024];
		new Random(42).nextBytes(random);
		assertThat(rejected("report.xlsx", random).path("rejectionReason").asString()).isNotBlank();

		byte[] alfa = SellOutApi.sample("alfa_2026-09.xlsx");
		byte[] truncated = Arrays.copyOf(alfa, alfa.length / 2);
		assertThat(rejected("alfa.xlsx", truncated).path("rejectionReason").asString()).contains("Excel");

		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		assertThat(rejected("sales.csv", pdf).path("rejectionReason").asString()).contains("PDF");

		byte[] brokenXml = "<?xml version=\"1.0\"?><Message><msg:Header xmlns:msg=\"x\"><msg:Format>EnterpriseData/1.6"
			.getBytes(StandardCharsets.UTF_8);
		rejected("cut.xml", brokenXml);
		byte[] brokenJson = "{\"period\": \"2024-01\", \"lines\": [{\"sale_date\": ".getBytes(StandardCharsets.UTF_8);
		assertThat(rejected("cut.json", brokenJson).path("rejectionReason").asString()).contains("JSON");
		stillWorks();
	}

	@Test
	void reasonsComeInTheSendersLanguage() {
		byte[] pdf = "%PDF-1.4 english please".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> response = new SellOutApi(browser()).upload("gamma.manager", "x.csv", pdf, "2024-02",
				"Accept-Language", "en");
		assertThat(SellOutApi.json(response).path("rejectionReason").asString()).startsWith("This is a PDF");
	}

	@Test
	void emptyAndOversizedBodiesGetAProblemAnswer() {
		SellOutApi api = new SellOutApi(browser());
		HttpResponse<String> empty = api.post("gamma.manager", "text/csv", new byte[0], "?period=2024-01");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

		byte[] huge = new byte[9 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'x');
		HttpResponse<String> raw = api.post("gamma.manager", "text/csv", huge, "?period=2024-01");
		assertThat(raw.statusCode()).isEqualTo(413);
		HttpResponse<String> multipart = api.upload("gamma.manager", "huge.csv", huge, "2024-01");
		assertThat(multipart.statusCode()).isEqualTo(413);
		stillWorks();
	}

	@Test
	void aHeaderOnlyFileIsAReportWithNoLines() {
		byte[] header = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = new SellOutApi(browser()).upload("gamma.manager", "empty-month.csv", header,
				"2024-03");
		JsonNode report = SellOutApi.json(response);
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(report.path("lines").asInt()).isZero();
		assertThat(report.path("period").asString()).isEqualTo("2024-03");
	}

	/** Other work goes on: a good file right after is accepted. */
	private void stillWorks() {
		String file = GOOD + "#" + System.nanoTime() + "\n";
		HttpResponse<String> response = new SellOutApi(browser()).upload("gamma.manager", "good.csv",
				file.getBytes(StandardCharsets.UTF_8), "2025-01");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(SellOutApi.json(response).path("acceptedLines").asInt()).isEqualTo(1);
	}

}
