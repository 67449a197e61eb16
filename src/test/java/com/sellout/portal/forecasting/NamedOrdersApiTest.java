package com.sellout.portal.forecasting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.internal.ForecastFixture;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named orders over the API: posted (a distributor's account may leave its distributor
 * out), refused field by field with the reason, listed and deleted within the caller's
 * scope only, audited; imported from a real xlsx whose bad row is reported with its row
 * and column and kept out.
 */
class NamedOrdersApiTest extends PortalTest {

	static final String N = "FC72N";

	static final String M = "FC72M";

	static final String SKU = "F72-1";

	static final String CLIENT = TestInns.organisation(7_200_001);

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void distributors() {
		asSystem(() -> {
			ForecastFixture.distributor(distributors, users, N, 7_200_101);
			ForecastFixture.distributor(distributors, users, M, 7_200_102);
			return null;
		});
		new ForecastFixture(this::browser, jdbc, transactions).group("Прогноз 2072", SKU);
	}

	private HttpResponse<String> post(String login, String json) {
		return browser().apiSend("POST", "/api/v1/named-orders", json, login, "demo");
	}

	private List<Long> ids(String login, String query) {
		HttpResponse<String> response = browser().api("/api/v1/named-orders" + query, login, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		SellOutApi.json(response).forEach(o -> ids.add(o.path("id").asLong()));
		return ids;
	}

	@Test
	void anOrderIsPostedListedAndDeletedWithinTheCallersScope() {
		HttpResponse<String> created = post(ForecastFixture.admin(N), """
				{"clientInn": "%s", "sku": "%s", "quantity": "12,5", "month": "2072-05", "project": "Школа №5"}"""
			.formatted(CLIENT, SKU));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode order = SellOutApi.json(created);
		long id = order.path("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/named-orders/" + id);
		assertThat(order.path("distributor").asString()).isEqualTo(N);
		assertThat(order.path("quantity").asDouble()).isEqualTo(12.5);
		assertThat(order.path("month").asString()).isEqualTo("2072-05");
		assertThat(order.path("project").asString()).isEqualTo("Школа №5");

		assertThat(ids(ForecastFixture.admin(N), "")).contains(id);
		assertThat(ids(ForecastFixture.admin(M), "")).doesNotContain(id);
		assertThat(ids("analyst", "?distributor=FC72N&from=2072-05")).contains(id);
		assertThat(ids("analyst", "?distributor=FC72N&from=2072-06")).doesNotContain(id);
		assertThat(
				browser().api("/api/v1/named-orders?distributor=FC72N", ForecastFixture.admin(M), "demo").statusCode())
			.isEqualTo(404);

		assertThat(browser().apiSend("DELETE", "/api/v1/named-orders/" + id, "", ForecastFixture.admin(M), "demo")
			.statusCode()).isEqualTo(404);
		assertThat(ids("analyst", "?distributor=FC72N")).contains(id);
		assertThat(browser().apiSend("DELETE", "/api/v1/named-orders/" + id, "", ForecastFixture.admin(N), "demo")
			.statusCode()).isEqualTo(204);
		assertThat(ids("analyst", "?distributor=FC72N")).doesNotContain(id);
		assertThat(asSystem(() -> jdbc.sql("""
				select action from audit_events where target_type = 'named_order' and target_id = ? order by id""")
			.param(String.valueOf(id))
			.query(String.class)
			.list())).containsExactly("NAMED_ORDER_CREATED", "NAMED_ORDER_DELETED");
	}

	@Test
	void aBadOrderIsRefusedFieldByFieldAndAnotherDistributorIsUnknown() {
		HttpResponse<String> refused = post(ForecastFixture.admin(N), """
				{"clientInn": "7700000000", "sku": "NO-SUCH-72", "quantity": 0, "month": "2020-01", "project": " "}""");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		JsonNode errors = SellOutApi.json(refused).path("errors");
		List<String> fields = new ArrayList<>();
		errors.forEach(e -> {
			fields.add(e.path("field").asString());
			assertThat(e.path("reason").asString()).isNotBlank().doesNotStartWith("forecast.");
		});
		assertThat(fields).containsExactlyInAnyOrder("clientInn", "sku", "quantity", "month", "project");
		// the caller's language names the field
		assertThat(errors.get(0).path("reason").asString()).containsAnyOf("ИНН клиента", "Client's INN");

		// another distributor's code is as unknown as one that does not exist
		HttpResponse<String> other = post(ForecastFixture.admin(M), """
				{"distributor": "FC72N", "clientInn": "%s", "sku": "%s", "quantity": 1, "month": "2072-05",
				 "project": "Чужой"}""".formatted(CLIENT, SKU));
		HttpResponse<String> none = post(ForecastFixture.admin(M), """
				{"distributor": "NOSUCH72", "clientInn": "%s", "sku": "%s", "quantity": 1, "month": "2072-05",
				 "project": "Чужой"}""".formatted(CLIENT, SKU));
		assertThat(SellOutApi.json(other).path("errors")).isEqualTo(SellOutApi.json(none).path("errors"));
		assertThat(SellOutApi.json(other).path("errors").get(0).path("field").asString()).isEqualTo("distributor");
		// the manufacturer must name one
		HttpResponse<String> nameless = post("admin", """
				{"clientInn": "%s", "sku": "%s", "quantity": 1, "month": "2072-05", "project": "Без дистрибьютора"}"""
			.formatted(CLIENT, SKU));
		assertThat(nameless.statusCode()).isEqualTo(422);
		assertThat(SellOutApi.json(nameless).path("errors").get(0).path("field").asString()).isEqualTo("distributor");
	}

	@Test
	void anXlsxIsImportedRowByRowItsBadRowReportedWithRowAndColumn() throws IOException {
		byte[] xlsx = workbook(new String[][] { { "Именные заказы на производство" }, {},
				{ "Дистрибьютор", "ИНН", "Артикул", "Количество", "Месяц", "Проект" },
				{ N, CLIENT, SKU, "10", "2072-06", "Проект Альфа-72" },
				{ N, "7700000001", SKU, "5", "2072-06", "Проект Бета-72" },
				{ N, CLIENT, SKU, "7", "2072-07", "Проект Гамма-72" } });
		HttpResponse<String> response = browser().apiUpload("/api/v1/named-orders/import", "orders.xlsx", xlsx, "admin",
				"demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode summary = SellOutApi.json(response);
		assertThat(summary.path("added").asInt()).isEqualTo(2);
		assertThat(summary.path("skipped").asInt()).isEqualTo(1);
		JsonNode skipped = null;
		for (JsonNode outcome : summary.path("outcomes")) {
			if (outcome.path("outcome").asString().equals("SKIPPED")) {
				skipped = outcome;
			}
		}
		assertThat(skipped).isNotNull();
		assertThat(skipped.path("row").asInt()).isEqualTo(5);
		assertThat(skipped.path("messageKey").asString()).isEqualTo("forecast.namedOrder.clientInn.invalid");
		assertThat(skipped.path("argument").asString()).isEqualTo("B: 7700000001");
		List<String> projects = new ArrayList<>();
		SellOutApi.json(browser().api("/api/v1/named-orders?distributor=FC72N&from=2072-06", "analyst", "demo"))
			.forEach(o -> projects.add(o.path("project").asString()));
		assertThat(projects).contains("Проект Альфа-72", "Проект Гамма-72").doesNotContain("Проект Бета-72");
	}

	private static byte[] workbook(String[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Заказы");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					String value = rows[r][c];
					if (c == 3 && r > 2) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
