package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EnterpriseData message of 100,000 nested elements (700 KB) no longer keeps a worker
 * busy for minutes: the report is rejected at once, the sender told why in their
 * language. BETA, March 2010.
 */
class DeepXmlTest extends PortalTest {

	@Test
	void aMessageOfNestedElementsIsRejectedAtOnceWithTheReason() {
		byte[] file = nested("2010-03-05");
		long started = System.nanoTime();
		HttpResponse<String> response = new SellOutApi(browser()).post("beta.admin", "application/xml", file,
				"?period=2010-03", "Accept-Language", "ru");
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("nested 100k EnterpriseData (%d KB) rejected through the API in %d ms%n", file.length / 1024,
				millis);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = SellOutApi.json(response);
		assertThat(report.path("status").asString()).isEqualTo("REJECTED");
		assertThat(report.path("rejectionReason").asString()).contains("глубже 64 уровней");
		assertThat(millis).isLessThan(5_000);
	}

	/**
	 * Two distributors' nested messages at once, while a third distributor's two-line
	 * file comes in.
	 */
	@Test
	void nestedMessagesOfTwoDistributorsDoNotHoldUpAThirdsTwoLineFile() throws Exception {
		SellOutApi api = new SellOutApi(browser());
		ExecutorService senders = Executors.newFixedThreadPool(2);
		try {
			var alfa = senders
				.submit(() -> api.post("alfa.admin", "application/xml", nested("2010-04-05"), "?period=2010-04"));
			var gamma = senders
				.submit(() -> api.post("gamma.admin", "application/xml", nested("2010-04-06"), "?period=2010-04"));
			byte[] small = SalesFile.create()
				.sale("05.05.2010", "EL-10001", 2, "2000,00")
				.sale("06.05.2010", "EL-10002", 1, "1500,00")
				.bytes();
			long started = System.nanoTime();
			HttpResponse<String> response = api.post("beta.admin", "text/csv", small, "?period=2010-05");
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("two-line file accepted in %d ms beside two distributors' nested messages%n", millis);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			assertThat(SellOutApi.json(response).path("status").asString()).isEqualTo("ACCEPTED");
			assertThat(millis).isLessThan(5_000);
			for (var nested : List.of(alfa, gamma)) {
				HttpResponse<String> refused = nested.get(30, TimeUnit.SECONDS);
				assertThat(SellOutApi.json(refused).path("status").asString()).as(refused.body()).isEqualTo("REJECTED");
			}
		}
		finally {
			senders.shutdownNow();
		}
	}

	/**
	 * An EnterpriseData message whose one line holds 100,000 nested elements (about 700
	 * KB).
	 */
	private static byte[] nested(String date) {
		String nested = "<a>".repeat(100_000) + "x" + "</a>".repeat(100_000);
		return ("""
				<?xml version="1.0" encoding="UTF-8"?>
				<Message xmlns:msg="http://www.1c.ru/SSL/Exchange/Message">
				<msg:Header><msg:Format>http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6</msg:Format></msg:Header>
				<Body xmlns="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6">
				<Документ.РеализацияТоваровУслуг><КлючевыеСвойства><Дата>""" + date + """
				T12:00:00</Дата><Номер>Р-1</Номер>
				</КлючевыеСвойства><Товары><Строка>""" + nested + """
				</Строка></Товары></Документ.РеализацияТоваровУслуг></Body></Message>
				""").getBytes(StandardCharsets.UTF_8);
	}

}
