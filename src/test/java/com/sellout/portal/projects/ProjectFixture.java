package com.sellout.portal.projects;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.TestInns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects posted as a distributor's system posts them. Each test takes new ИНН (seeds
 * from 9 240 000 on) and object names of its own, so that tests sharing the database
 * never conflict by accident.
 */
final class ProjectFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger SEED = new AtomicInteger(9_240_000 + (int) (System.nanoTime() % 5_000) * 10);

	private ProjectFixture() {
	}

	static String newInn() {
		return TestInns.organisation(SEED.incrementAndGet());
	}

	static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	static String body(String inn, String client, String object, String address, String region, String amount) {
		return """
				{"clientInn":"%s","clientName":"%s","object":"%s","address":"%s","regionCode":"%s",
				 "tenderDate":"2030-02-01","deliveryDate":"2030-03-15","amount":%s,"competitors":"Legrand",
				 "comment":"Тендер","lines":[{"sku":"EL-10001","quantity":120},{"sku":"EL-10002","quantity":"35,5"}]}"""
			.formatted(inn, client, object, address, region, amount);
	}

	static JsonNode post(PortalHttp http, String login, String body) {
		return json(http.apiSend("POST", "/api/v1/projects", body, login, "demo"), 201);
	}

	static JsonNode decide(PortalHttp http, long id, String decision, String comment) {
		return json(http.apiSend("POST", "/api/v1/projects/" + id + "/decision", "{\"decision\":\"" + decision
				+ "\",\"comment\":" + (comment == null ? "null" : "\"" + comment + "\"") + "}", "admin", "demo"), 200);
	}

}
