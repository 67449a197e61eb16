package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odd file names are refused with a reason, never a 500: a NUL byte in a multipart file
 * name (the upload page and the API), {@code %00} in a 1C exchange file name, a name over
 * 255 characters. And the 1C exchange answers {@code success} only when it stored
 * something. Sales of 2028.
 */
class OddFileNamesTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LONG_NAME = "отчёт-".repeat(50) + ".csv";

	private static byte[] sales(String document) {
		return ("Дата;Документ;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n" + "05.02.2028;" + document
				+ ";\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;1;500,00\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private long reports(String fileNameLike) {
		return asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name like ?")
			.param(fileNameLike)
			.query(Long.class)
			.single());
	}

	@Test
	void theUploadPageRefusesANulOrAnOverlongNameWithAReason() {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		String tag = "nul" + System.nanoTime();
		HttpResponse<String> nul = alfa.upload("/sellout/upload", "/sellout/upload", Map.of(), tag + "\u0000.csv",
				sales("N-" + tag));
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("NUL").contains("<tr");
		HttpResponse<String> overlong = alfa.upload("/sellout/upload", "/sellout/upload", Map.of(), LONG_NAME,
				sales("L-" + tag));
		assertThat(overlong.statusCode()).isEqualTo(400);
		assertThat(overlong.body()).contains("255");
		assertThat(reports(tag + "%")).isZero();

		// a long Cyrillic name within the limit (500 bytes in UTF-8) is taken
		String longButFine = tag + "-" + "ж".repeat(250 - tag.length()) + ".csv";
		HttpResponse<String> fine = alfa.upload("/sellout/upload", "/sellout/upload", Map.of(), longButFine,
				sales("F-" + tag));
		assertThat(fine.statusCode()).isEqualTo(200);
		assertThat(reports(tag + "-%")).isEqualTo(1);
	}

	@Test
	void theApiRefusesANulOrAnOverlongNameAsProblemJson() {
		PortalHttp http = browser();
		String tag = "apinul" + System.nanoTime();
		HttpResponse<String> nul = http.apiUpload("/api/v1/sellout/reports", tag + "\u0000.csv", sales("A-" + tag),
				"beta.1c", "demo");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		JsonNode problem = JSON.readTree(nul.body());
		assertThat(problem.get("detail").asString()).contains("NUL");

		HttpResponse<String> overlong = http.apiUpload("/api/v1/sellout/reports", LONG_NAME, sales("B-" + tag),
				"beta.1c", "demo");
		assertThat(overlong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(overlong.body()).get("detail").asString()).contains("255");

		HttpResponse<String> rawOverlong = http.apiPost("/api/v1/sellout/reports", "text/csv", sales("C-" + tag),
				"beta.1c", "demo", "X-File-Name", "x".repeat(300) + ".csv");
		assertThat(rawOverlong.statusCode()).isEqualTo(400);
		assertThat(reports(tag + "%")).isZero();
	}

	private static String basic(String login, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> call(PortalHttp http, String cookie, String method, String query,
			String contentType, byte[] body) {
		return http.request(method, "/1c_exchange?type=sale&" + query, contentType, body, "Cookie", cookie);
	}

	@Test
	void theOneCExchangeRefusesOddNamesAndSaysSuccessOnlyWhenItStoredSomething() {
		PortalHttp http = browser();
		String[] auth = http
			.request("GET", "/1c_exchange?type=sale&mode=checkauth", null, null, "Authorization",
					basic("gamma.1c", "demo"))
			.body()
			.split("\n");
		assertThat(auth[0]).isEqualTo("success");
		String cookie = auth[1] + "=" + auth[2];
		assertThat(call(http, cookie, "GET", "mode=init&version=2.08", null, null).body()).startsWith("zip=yes");
		byte[] documents = OneCDocuments.commerceMl("OD-" + System.nanoTime(), "2028-03-05", "EL-10015", 2, "1200.00");

		HttpResponse<String> nul = call(http, cookie, "POST", "mode=file&filename=a%00b.xml",
				"application/octet-stream", documents);
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).startsWith("failure\n").contains("NUL");
		HttpResponse<String> overlong = call(http, cookie, "POST", "mode=file&filename=" + "d".repeat(256) + ".xml",
				"application/octet-stream", documents);
		assertThat(overlong.statusCode()).isEqualTo(400);
		assertThat(overlong.body()).startsWith("failure\n").contains("255");

		// a chunk sent as a form: the servlet reads the body as parameters, nothing is
		// stored
		String name = "form" + System.nanoTime() + ".xml";
		HttpResponse<String> form = call(http, cookie, "POST", "mode=file&filename=" + name,
				"application/x-www-form-urlencoded", documents);
		assertThat(form.body()).startsWith("failure\n").contains("application/x-www-form-urlencoded");
		HttpResponse<String> empty = call(http, cookie, "POST", "mode=file&filename=" + name,
				"application/octet-stream", new byte[0]);
		assertThat(empty.body()).startsWith("failure\n");
		HttpResponse<String> unknown = call(http, cookie, "GET",
				"mode=import&filename=never" + System.nanoTime() + ".xml", null, null);
		assertThat(unknown.body()).startsWith("failure\n").contains("never");

		// the real sequence still works: file (processed when whole), then import answers
		// its outcome
		assertThat(
				call(http, cookie, "POST", "mode=file&filename=" + name, "application/octet-stream", documents).body())
			.isEqualTo("success\n");
		assertThat(call(http, cookie, "GET", "mode=import&filename=" + name, null, null).body()).isEqualTo("success\n");
		assertThat(asSystem(
				() -> jdbc.sql("select count(*) from sellout_reports where file_name = ? and status like 'ACCEPTED%'")
					.param(name)
					.query(Long.class)
					.single()))
			.isEqualTo(1);
	}

}
