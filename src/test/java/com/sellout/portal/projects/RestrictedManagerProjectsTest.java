package com.sellout.portal.projects;

import java.util.List;

import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.projects.ProjectFixture.body;
import static com.sellout.portal.projects.ProjectFixture.newInn;
import static com.sellout.portal.projects.ProjectFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distributor's manager restricted to some clients (projects.narrow) sees the projects
 * of those clients and the ones they registered themselves — in the list, the project's
 * API and page, and a proposal made from it; a colleague's project for another client is
 * missing to them, as it is to another distributor.
 */
class RestrictedManagerProjectsTest extends PortalTest {

	@Autowired
	private UserAccounts users;

	@Autowired
	private ManagerScopes managers;

	@Test
	void aRestrictedManagerSeesTheProjectsOfTheirClientsAndTheirOwn() {
		String narrowInn = newInn();
		long narrowClient = asSystem(() -> {
			long id = jdbc.sql("insert into clients (inn, name, status) values (?, 'ООО Узкий', 'ACTIVE') returning id")
				.param(narrowInn)
				.query(Long.class)
				.single();
			jdbc.sql("insert into client_assignments (client_id, distributor_id) values (?, ?)")
				.params(id, distributorId("ALFA"))
				.update();
			if (jdbc.sql("select count(*) from users where login = 'projects.narrow'")
				.query(Long.class)
				.single() == 0) {
				users.register("projects.narrow", "demo", "Менеджер ALFA по узкому клиенту", null,
						Role.DISTRIBUTOR_MANAGER, distributorId("ALFA"));
			}
			return id;
		});
		asUser("alfa.admin", () -> {
			managers.restrict(userId("projects.narrow"), List.of(narrowClient));
			return null;
		});
		PortalHttp http = browser();
		String run = narrowInn.substring(4, 9);
		long theirs = post(http, "alfa.manager",
				body(narrowInn, "ООО Узкий", "Склад узкого клиента " + run, "г. Тула, ул. Узкая, д. 1", "71", "1000"))
			.path("id")
			.asLong();
		long colleagues = post(http, "alfa.manager", body(newInn(), "ООО Чужой для узкого", "Цех не для узкого " + run,
				"г. Тула, ул. Широкая, д. 2", "71", "1000"))
			.path("id")
			.asLong();
		long own = post(http, "projects.narrow", body(newInn(), "ООО Своё узкого", "Ангар узкого менеджера " + run,
				"г. Тула, ул. Своя, д. 3", "71", "1000"))
			.path("id")
			.asLong();

		assertThat(http.api("/api/v1/projects/" + theirs, "projects.narrow", "demo").statusCode()).isEqualTo(200);
		assertThat(http.api("/api/v1/projects/" + own, "projects.narrow", "demo").statusCode()).isEqualTo(200);
		assertThat(http.api("/api/v1/projects/" + colleagues, "projects.narrow", "demo").statusCode()).isEqualTo(404);
		JsonNode list = ProjectFixture.json(http.api("/api/v1/projects?q=узк", "projects.narrow", "demo"), 200);
		assertThat(list.toString()).contains("Склад узкого клиента " + run, "Ангар узкого менеджера " + run)
			.doesNotContain("Цех не для узкого " + run);
		assertThat(ProjectFixture.json(http.api("/api/v1/projects?q=узк", "projects.narrow", "demo"), 200)
			.path("total")
			.asLong()).isEqualTo(2);
		PortalHttp narrow = browser().loggedInAs("projects.narrow", "demo");
		assertThat(narrow.get("/projects/" + colleagues).statusCode()).isEqualTo(404);
		assertThat(narrow.get("/projects").body()).doesNotContain("Цех не для узкого " + run);
		assertThat(
				http.apiSend("POST", "/api/v1/quotes", "{\"projectId\":" + colleagues + "}", "projects.narrow", "demo")
					.statusCode())
			.isEqualTo(404);
		assertThat(http.api("/api/v1/projects/" + colleagues, "alfa.manager", "demo").statusCode())
			.as("an unrestricted colleague sees it")
			.isEqualTo(200);
	}

}
