package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EnterpriseData message of 100,000 nested elements (700 KB) no longer keeps a worker busy for
 * minutes: the report is rejected at once, the sender told why in their language. BETA, March 2010.
 */
class DeepXmlTest extends PortalTest {

	@Test
	void aMessageOfNestedElementsIsRejectedAtOnceWithTheReason() {
		String nested = "<a>".repeat(100_000) + "x" + "</a>".repeat(100_000);
		byte[] file = ("""
				<?xml version="1.0" encoding="UTF-8"?>
				<Message xmlns:msg="http://www.1c.ru/SSL/Exchange/Message">
				<msg:Header><msg:Format>http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6</msg:Format></msg:Header>
				<Body xmlns="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6">
				<Документ.РеализацияТоваровУслуг><КлючевыеСвойства><Дата>2010-03-05T12:00:00</Дата><Номер>Р-1</Номер>
				</КлючевыеСвойства><Товары><Строка>""" + nested + """
				</Строка></Товары></Документ.РеализацияТоваровУслуг></Body></Message>
				""").getBytes(StandardCharsets.UTF_8);
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

}
