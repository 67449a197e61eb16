package com.sellout.portal.tasks;

import java.net.http.HttpResponse;

import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks over the API as their people call it: an assignee of the caller's own
 * organisation only (422 naming the field otherwise), links checked through the owning
 * modules (another distributor's client, report or conversation answers 404 like a
 * missing one, a project too), each bad field named, and another organisation's task 404
 * everywhere.
 */
class TaskApiTest extends TasksTestBase {

	@Test
	void aDistributorsManagerAssignsOnlyColleaguesOfTheSameDistributor() {
		assertThat(fields(post("/api/v1/tasks", "alfa.manager",
				"{\"title\":\"Чужому\",\"assigneeId\":" + userId("beta.manager") + "}")))
			.containsExactly("assigneeId");
		assertThat(fields(
				post("/api/v1/tasks", "alfa.manager", "{\"title\":\"Админу\",\"assigneeId\":" + userId("admin") + "}")))
			.containsExactly("assigneeId");
		HttpResponse<String> colleague = post("/api/v1/tasks", "alfa.manager",
				"{\"title\":\"Коллеге\",\"assigneeId\":" + userId("alfa.admin") + "}");
		assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(201);
		assertThat(json(colleague).path("assigneeId").asLong()).isEqualTo(userId("alfa.admin"));
		HttpResponse<String> self = post("/api/v1/tasks", "alfa.manager", "{\"title\":\"Себе\"}");
		assertThat(json(self).path("assigneeId").asLong()).as("no assignee: the caller")
			.isEqualTo(userId("alfa.manager"));
	}

	@Test
	void theManufacturerAssignsOnlyItsOwnPeople() {
		assertThat(fields(post("/api/v1/tasks", "admin",
				"{\"title\":\"Дистрибьютору\",\"assigneeId\":" + userId("alfa.manager") + "}")))
			.containsExactly("assigneeId");
		HttpResponse<String> analyst = post("/api/v1/tasks", "admin",
				"{\"title\":\"Аналитику\",\"dueDate\":\"2031-05-20\",\"assigneeId\":" + userId("analyst") + "}");
		assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(201);
		assertThat(json(analyst).path("dueDate").asString()).isEqualTo("2031-05-20");
		assertThat(json(analyst).path("state").asString()).isEqualTo("OPEN");
	}

	@Test
	void eachBadFieldIsNamed() {
		assertThat(fields(post("/api/v1/tasks", "alfa.manager",
				"{\"title\":\" \",\"dueDate\":\"31.02.2031\",\"linkType\":\"CLIENT\"}")))
			.containsExactlyInAnyOrder("title", "dueDate", "linkId");
		assertThat(fields(post("/api/v1/tasks", "alfa.manager", "{\"title\":\"Ни о чём\",\"linkId\":5}")))
			.containsExactly("linkType");
		assertThat(fields(post("/api/v1/tasks", "alfa.manager",
				"{\"title\":\"О встрече\",\"linkType\":\"MEETING\",\"linkId\":1}")))
			.containsExactly("linkType");
	}

	@Test
	void aTaskAboutAProjectNamesItsObjectAndAnotherDistributorsProjectIsMissing() {
		long alfas = project("alfa.manager", "Склад задач Альфа на Заводской");
		long betas = project("beta.manager", "Склад задач Бета на Полевой");
		HttpResponse<String> linked = post("/api/v1/tasks", "alfa.manager",
				"{\"title\":\"Подготовить КП\",\"linkType\":\"PROJECT\",\"linkId\":" + alfas + "}");
		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
		assertThat(json(linked).path("link").path("label").asString()).isEqualTo("Склад задач Альфа на Заводской");
		HttpResponse<String> refused = post("/api/v1/tasks", "alfa.manager",
				"{\"title\":\"Чужой проект\",\"linkType\":\"PROJECT\",\"linkId\":" + betas + "}");
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("Бета");
	}

	private long project(String login, String object) {
		String body = """
				{"clientInn":"%s","clientName":"ООО Задачи","object":"%s","address":"г. Тула, ул. %s, д. 1",
				 "regionCode":"71","lines":[{"sku":"EL-10001","quantity":10}]}"""
			.formatted(TestInns.organisation(2_424_100 + (int) (System.nanoTime() % 10_000)), object, object);
		HttpResponse<String> made = post("/api/v1/projects", login, body);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return json(made).path("id").asLong();
	}

	@Test
	void aLinkToAnotherDistributorsObjectIsMissingLikeOneThatDoesNotExist() {
		for (String link : new String[] { "\"CLIENT\",\"linkId\":" + objects.betaClient(),
				"\"REPORT\",\"linkId\":" + objects.betaReport(), "\"THREAD\",\"linkId\":" + objects.betaThread(),
				"\"CLIENT\",\"linkId\":987654321" }) {
			HttpResponse<String> refused = post("/api/v1/tasks", "alfa.manager",
					"{\"title\":\"Чужое\",\"linkType\":" + link + "}");
			assertThat(refused.statusCode()).as(link + ": " + refused.body()).isEqualTo(404);
		}
		for (String[] link : new String[][] { { "CLIENT", String.valueOf(objects.alfaClient()), "Задачи Альфа" },
				{ "REPORT", String.valueOf(objects.alfaReport()), "№" + objects.alfaReport() },
				{ "THREAD", String.valueOf(objects.alfaThread()), "Задачи: вопрос ALFA" } }) {
			HttpResponse<String> linked = post("/api/v1/tasks", "alfa.manager",
					"{\"title\":\"Своё\",\"linkType\":\"" + link[0] + "\",\"linkId\":" + link[1] + "}");
			assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
			JsonNode view = json(linked).path("link");
			assertThat(view.path("type").asString()).isEqualTo(link[0]);
			assertThat(view.path("label").asString()).contains(link[2]);
		}
		assertThat(post("/api/v1/tasks", "admin",
				"{\"title\":\"Отчёт BETA\",\"linkType\":\"REPORT\",\"linkId\":" + objects.betaReport() + "}")
			.statusCode()).as("the manufacturer sees every distributor's report").isEqualTo(201);
	}

	@Test
	void anotherOrganisationsTaskIsMissingEverywhere() {
		long id = json(post("/api/v1/tasks", "alfa.manager", "{\"title\":\"Только ALFA\"}")).path("id").asLong();
		for (String login : new String[] { "beta.manager", "admin" }) {
			assertThat(get("/api/v1/tasks/" + id, login).statusCode()).as(login).isEqualTo(404);
			assertThat(post("/api/v1/tasks/" + id + "/state", login, "{\"state\":\"DONE\"}").statusCode()).as(login)
				.isEqualTo(404);
			assertThat(get("/api/v1/tasks", login).body()).as(login).doesNotContain("Только ALFA");
		}
		assertThat(get("/api/v1/tasks/" + id, "alfa.admin").statusCode()).as("a colleague sees it").isEqualTo(200);
		assertThat(get("/api/v1/tasks", "alfa.admin").body()).contains("Только ALFA");
		assertThat(get("/api/v1/tasks?mine=true", "alfa.admin").body()).as("not assigned to alfa.admin")
			.doesNotContain("Только ALFA");
	}

	@Test
	void aTasksStateChanges() {
		long id = json(post("/api/v1/tasks", "alfa.manager", "{\"title\":\"Сделать\"}")).path("id").asLong();
		HttpResponse<String> done = post("/api/v1/tasks/" + id + "/state", "alfa.admin", "{\"state\":\"IN_PROGRESS\"}");
		assertThat(json(done).path("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(fields(post("/api/v1/tasks/" + id + "/state", "alfa.manager", "{\"state\":\"FINISHED\"}")))
			.containsExactly("state");
		HttpResponse<String> patched = browser().apiSend("PATCH", "/api/v1/tasks/" + id, "{\"state\":\"DONE\"}",
				"alfa.manager", "demo");
		assertThat(json(patched).path("state").asString()).isEqualTo("DONE");
		assertThat(get("/api/v1/tasks?state=DONE", "alfa.manager").body()).contains("\"id\":" + id);
	}

}
