package com.sellout.portal.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DataAccessException;

import static com.sellout.portal.projects.ProjectFixture.body;
import static com.sellout.portal.projects.ProjectFixture.decide;
import static com.sellout.portal.projects.ProjectFixture.json;
import static com.sellout.portal.projects.ProjectFixture.newInn;
import static com.sellout.portal.projects.ProjectFixture.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code /api/v1/projects} as distributors' systems and the manufacturer call it:
 * registration (submitted at once, its client registered by the clients' rules), each
 * refused field named, conflicts (same ИНН and address however typed, a similar name in
 * the same region; never with one's own projects or another region's) shown to the
 * manufacturer only, the second distributor answered exactly as if the first's project
 * did not exist, the three ways to resolve a conflict, a won project's named orders, and
 * the database's own wall between distributors.
 */
class ProjectApiTest extends PortalTest {

	private PortalHttp http;

	@BeforeEach
	void http() {
		http = browser();
	}

	private JsonNode get(String login, long id) {
		return json(http.api("/api/v1/projects/" + id, login, "demo"), 200);
	}

	private List<Long> conflictIds(long id) {
		List<Long> ids = new ArrayList<>();
		get("admin", id).path("conflicts").forEach(c -> ids.add(c.path("id").asLong()));
		return ids;
	}

	@Test
	void aDistributorsProjectIsSubmittedAtOnceAndItsNewClientRegisteredForReview() {
		String inn = newInn();
		JsonNode project = post(http, "alfa.manager",
				body(inn, "ООО Заря-Инвест", "Склад Заря на Окружной", "г. Тула, ул. Окружная, д. 3", "71", "500000"));
		assertThat(project.path("status").asString()).isEqualTo("ON_REVIEW");
		assertThat(project.path("protectedUntil").isNull()).isTrue();
		assertThat(project.path("distributor").asString()).isEqualTo("ALFA");
		assertThat(project.path("regionName").asString()).isEqualTo("Тульская область");
		assertThat(project.path("lines")).hasSize(2);
		assertThat(project.path("lines").get(0).path("productName").asString()).startsWith("Розетка");
		assertThat(project.path("lines").get(1).path("quantity").decimalValue()).isEqualByComparingTo("35.5");
		assertThat(project.has("conflicts")).as("a distributor's answer has no conflicts key").isFalse();
		long id = project.path("id").asLong();

		String status = asSystem(
				() -> jdbc.sql("select status from clients where inn = ?").param(inn).query(String.class).single());
		assertThat(status).isEqualTo("ON_REVIEW");
		Long linked = asSystem(
				() -> jdbc.sql("select client_id from projects where id = ?").param(id).query(Long.class).single());
		assertThat(linked).isNotNull();

		assertThat(get("alfa.manager", id).has("conflicts")).isFalse();
		assertThat(get("admin", id).path("conflicts").isArray()).isTrue();
		JsonNode list = json(http.api("/api/v1/projects?status=ON_REVIEW", "alfa.admin", "demo"), 200);
		assertThat(list.path("items").findValuesAsString("object")).contains("Склад Заря на Окружной");
		assertThat(list.path("items").get(0).has("conflicts")).isFalse();
	}

	@Test
	void everyWrongFieldIsNamed() {
		JsonNode empty = json(http.apiSend("POST", "/api/v1/projects", "{}", "alfa.manager", "demo"), 422);
		assertThat(empty.path("errors").findValuesAsString("field")).contains("clientInn", "object", "address",
				"regionCode", "lines");
		JsonNode wrong = json(http.apiSend("POST", "/api/v1/projects", """
				{"clientInn":"7700000001","object":"Объект","address":"Адрес","regionCode":"999",
				 "tenderDate":"31.02.2030","amount":"-5",
				 "lines":[{"sku":"NO-SUCH-SKU","quantity":1},{"sku":"EL-10001","quantity":0}]}""", "alfa.manager",
				"demo"), 422);
		assertThat(wrong.path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("clientInn",
				"regionCode", "tenderDate", "amount", "lines[0].sku", "lines[1].quantity");
		assertThat(wrong.path("errors").findValuesAsString("reason")).contains("No such SKU in the catalog.");
		JsonNode unknownClient = json(http.apiSend("POST", "/api/v1/projects",
				body(newInn(), "", "Объект", "Адрес", "77", "1").replace("\"clientName\":\"\",", ""), "alfa.manager",
				"demo"), 422);
		assertThat(unknownClient.path("errors").findValuesAsString("field")).containsExactly("clientName");
		assertThat(http
			.apiSend("POST", "/api/v1/projects", body(newInn(), "X", "Объект", "Адрес", "77", "1"), "admin", "demo")
			.statusCode()).as("the manufacturer does not register").isEqualTo(403);
	}

	@Test
	void theSecondDistributorSeesItsOwnProjectOnReviewAndNothingOfTheFirsts() {
		String inn = newInn();
		long alfa = post(http, "alfa.manager", body(inn, "АО Вертикаль", "Бизнес-центр Вертикаль-Тверская",
				"г. Москва, ул. Тверская, д. 7, корп. 1", "77", "12345678.9"))
			.path("id")
			.asLong();
		var posted = http.apiSend("POST", "/api/v1/projects",
				body(inn, "Вертикаль", "Офисы на Тверской", "Москва, Тверская 7 корп 1", "77", "999"), "beta.manager",
				"demo");
		long beta = json(posted, 201).path("id").asLong();

		List<String> answers = new ArrayList<>(List.of(posted.body()));
		answers.add(http.api("/api/v1/projects/" + beta, "beta.manager", "demo").body());
		answers.add(http.api("/api/v1/projects", "beta.manager", "demo").body());
		answers.add(http.api("/api/v1/projects?q=Вертикаль-Тверская", "beta.admin", "demo").body());
		answers.add(http.api("/api/v1/projects?status=ON_REVIEW", "beta.admin", "demo").body());
		for (String answer : answers) {
			assertThat(answer).doesNotContain("Вертикаль-Тверская", "Альфа Электро", "ALFA", "12345678", "conflict");
		}
		JsonNode own = get("beta.manager", beta);
		assertThat(own.path("status").asString()).isEqualTo("ON_REVIEW");
		assertThat(own.has("conflicts")).isFalse();
		assertThat(json(http.api("/api/v1/projects?q=Вертикаль-Тверская", "beta.admin", "demo"), 200).path("total")
			.asLong()).isZero();

		var missing = http.api("/api/v1/projects/" + Long.MAX_VALUE, "beta.manager", "demo");
		var others = http.api("/api/v1/projects/" + alfa, "beta.manager", "demo");
		assertThat(others.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
		assertThat(http
			.apiSend("POST", "/api/v1/projects/" + alfa + "/outcome", "{\"outcome\":\"LOST\"}", "beta.manager", "demo")
			.statusCode()).isEqualTo(404);

		JsonNode seen = get("admin", beta);
		assertThat(seen.path("conflicts")).hasSize(1);
		assertThat(seen.path("conflicts").get(0).path("id").asLong()).isEqualTo(alfa);
		assertThat(seen.path("conflicts").get(0).path("distributor").asString()).isEqualTo("ALFA");
		assertThat(seen.path("conflicts").get(0).path("sameAddress").asBoolean()).isTrue();
		assertThat(conflictIds(alfa)).containsExactly(beta);
		JsonNode list = json(http.api("/api/v1/projects?q=Вертикаль", "admin", "demo"), 200);
		assertThat(list.path("items").findValues("conflicts")).allSatisfy(n -> assertThat(n.asInt()).isEqualTo(1));
	}

	@Test
	void similarNamesInOneRegionConflictButNotOnesOwnNorAnotherRegions() {
		String name = "Жилой комплекс Изумрудная Роща-" + newInn().substring(4);
		long alfa = post(http, "alfa.manager",
				body(newInn(), "ООО Роща", name + ", очередь 2", "Пермь, ул. Лесная, 1", "59", "1000"))
			.path("id")
			.asLong();
		long alfaAgain = post(http, "alfa.admin",
				body(newInn(), "ООО Роща-2", name + " очередь 2", "Пермь, ул. Полевая, 2", "59", "1000"))
			.path("id")
			.asLong();
		long beta = post(http, "beta.manager",
				body(newInn(), "ООО Роща-3", "ЖК " + name + ", очередь 2", "Пермь, ул. Садовая, 3", "59", "1000"))
			.path("id")
			.asLong();
		long gamma = post(http, "gamma.admin",
				body(newInn(), "ООО Роща-4", name + ", очередь 2", "Казань, ул. Лесная, 1", "16", "1000"))
			.path("id")
			.asLong();
		assertThat(conflictIds(beta)).containsExactlyInAnyOrder(alfa, alfaAgain);
		assertThat(conflictIds(alfa)).containsExactly(beta);
		assertThat(conflictIds(gamma)).isEmpty();
	}

	@Test
	void aConflictIsResolvedByApprovingOneAndRejectingTheOtherOrByApprovingBoth() {
		for (String way : List.of("alfa", "beta", "both")) {
			String inn = newInn();
			String address = "г. Самара, ул. Дачная, д. 1" + inn.substring(6);
			long alfa = post(http, "alfa.manager", body(inn, "ООО Дача", "Дачный посёлок " + inn, address, "63", "10"))
				.path("id")
				.asLong();
			long beta = post(http, "beta.manager",
					body(inn, "ООО Дача", "Посёлок у Волги " + inn, address.toUpperCase(), "63", "20"))
				.path("id")
				.asLong();
			assertThat(conflictIds(alfa)).containsExactly(beta);
			JsonNode refused = json(http.apiSend("POST", "/api/v1/projects/" + beta + "/decision",
					"{\"decision\":\"REJECT\"}", "admin", "demo"), 422);
			assertThat(refused.path("errors").findValuesAsString("field")).containsExactly("comment");
			assertThat(http
				.apiSend("POST", "/api/v1/projects/" + beta + "/decision", "{\"decision\":\"APPROVE\"}", "beta.admin",
						"demo")
				.statusCode()).isEqualTo(403);
			JsonNode first = decide(http, way.equals("beta") ? beta : alfa, "APPROVE", null);
			assertThat(first.path("status").asString()).isEqualTo("APPROVED");
			assertThat(first.path("protectedUntil").asString()).isEqualTo(LocalDate.now().plusDays(90).toString());
			JsonNode second = decide(http, way.equals("beta") ? alfa : beta, way.equals("both") ? "APPROVE" : "REJECT",
					way.equals("both") ? null : "Объект уже защищён за другим дистрибьютором");
			assertThat(second.path("status").asString()).isEqualTo(way.equals("both") ? "APPROVED" : "REJECTED");
			assertThat(http
				.apiSend("POST", "/api/v1/projects/" + alfa + "/decision",
						"{\"decision\":\"REJECT\"," + "\"comment\":\"again\"}", "admin", "demo")
				.statusCode()).as("decided once").isEqualTo(400);
			if (!way.equals("both")) {
				long rejected = way.equals("beta") ? alfa : beta;
				String login = way.equals("beta") ? "alfa.manager" : "beta.manager";
				assertThat(get(login, rejected).path("decisionComment").asString())
					.isEqualTo("Объект уже защищён за другим дистрибьютором");
			}
		}
	}

	@Test
	void aWonProjectsLinesBecomeNamedOrdersAndALostOneNone() {
		String inn = newInn();
		String object = "Логистический центр Победа " + inn;
		String body = body(inn, "ООО Победа", object, "Казань, ул. Победы, 9", "16", "100").replace("2030-03-15",
				"2031-04-20");
		long won = post(http, "alfa.manager", body).path("id").asLong();
		long lost = post(http, "alfa.manager", body.replace(object, "Проигранный склад " + inn)).path("id").asLong();
		assertThat(http
			.apiSend("POST", "/api/v1/projects/" + won + "/outcome", "{\"outcome\":\"WON\"}", "alfa.manager", "demo")
			.statusCode()).as("only an approved project").isEqualTo(400);
		decide(http, won, "APPROVE", "Согласовано");
		decide(http, lost, "APPROVE", null);
		assertThat(
				http.apiSend("POST", "/api/v1/projects/" + won + "/outcome", "{\"outcome\":\"WON\"}", "admin", "demo")
					.statusCode())
			.as("the distributor marks the outcome")
			.isEqualTo(403);
		assertThat(json(http.apiSend("POST", "/api/v1/projects/" + won + "/outcome", "{\"outcome\":\"MAYBE\"}",
				"alfa.manager", "demo"), 422)
			.path("errors")
			.findValuesAsString("field")).containsExactly("outcome");

		JsonNode result = json(http.apiSend("POST", "/api/v1/projects/" + won + "/outcome", "{\"outcome\":\"WON\"}",
				"alfa.manager", "demo"), 200);
		assertThat(result.path("status").asString()).isEqualTo("WON");
		assertThat(json(http.apiSend("POST", "/api/v1/projects/" + lost + "/outcome", "{\"outcome\":\"lost\"}",
				"alfa.admin", "demo"), 200)
			.path("status")
			.asString()).isEqualTo("LOST");

		record Order(long distributorId, String sku, String quantity, LocalDate month, String project) {
		}
		List<Order> orders = asSystem(() -> jdbc.sql("""
				select distributor_id, sku, quantity::text as quantity, month, project from named_orders
				 where client_inn = ? order by sku""").param(inn).query(Order.class).list());
		assertThat(orders).containsExactly(
				new Order(distributorId("ALFA"), "EL-10001", "120.000", LocalDate.of(2031, 4, 1), object),
				new Order(distributorId("ALFA"), "EL-10002", "35.500", LocalDate.of(2031, 4, 1), object));
	}

	@Test
	void theManufacturerAsksAboutAProjectInAThreadThatOnlyItsDistributorSees() {
		long alfa = post(http, "alfa.manager",
				body(newInn(), "ООО Вопрос", "Склад с вопросом", "Омск, ул. Мира, 1", "55", "7"))
			.path("id")
			.asLong();
		JsonNode thread = json(http.apiSend("POST", "/api/v1/threads", """
				{"subject":"Уточните сроки","text":"Когда тендер?","about":{"type":"PROJECT","projectId":%d}}"""
			.formatted(alfa), "analyst", "demo"), 201);
		assertThat(thread.path("about").path("projectId").asLong()).isEqualTo(alfa);
		long threadId = thread.path("id").asLong();
		assertThat(http.api("/api/v1/threads/" + threadId, "alfa.manager", "demo").statusCode()).isEqualTo(200);
		assertThat(http.api("/api/v1/threads/" + threadId, "beta.manager", "demo").statusCode()).isEqualTo(404);
		assertThat(http
			.apiSend("POST", "/api/v1/threads", """
					{"subject":"Чужой","text":"?","about":{"type":"PROJECT","projectId":%d}}""".formatted(alfa),
					"beta.manager", "demo")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theDatabaseKeepsAnotherDistributorsProjectsOutOfHandWrittenSql() {
		long alfa = post(http, "alfa.manager",
				body(newInn(), "ООО Стена", "Склад за стеной", "Омск, ул. Стены, 2", "55", "7"))
			.path("id")
			.asLong();
		long alfaId = distributorId("ALFA");
		long betaId = distributorId("BETA");
		for (String table : List.of("projects", "project_lines", "project_attachments")) {
			long seen = transactions.callAs(DataScope.distributor(betaId),
					() -> jdbc.sql("select count(*) from " + table + " where distributor_id = ?")
						.param(alfaId)
						.query(Long.class)
						.single());
			assertThat(seen).as(table).isZero();
		}
		assertThat(asSystem(() -> jdbc.sql("select count(*) from project_lines where project_id = ?")
			.param(alfa)
			.query(Long.class)
			.single())).isEqualTo(2);
		int updated = transactions.callAs(DataScope.distributor(betaId),
				() -> jdbc.sql("update projects set status = 'APPROVED' where id = ?").param(alfa).update());
		assertThat(updated).isZero();
		assertThat(asSystem(
				() -> jdbc.sql("select status from projects where id = ?").param(alfa).query(String.class).single()))
			.isEqualTo("ON_REVIEW");
		assertThatThrownBy(() -> transactions.runAs(DataScope.distributor(betaId), () -> jdbc.sql("""
				insert into project_lines (project_id, distributor_id, line_no, sku, quantity)
				values (?, ?, 9, 'EL-10001', 1)""").params(alfa, alfaId).update()))
			.isInstanceOf(DataAccessException.class);
	}

}
