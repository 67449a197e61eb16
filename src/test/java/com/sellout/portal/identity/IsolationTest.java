package com.sellout.portal.identity;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first wall between distributors: the application. A user of ALFA asking for BETA's
 * objects gets exactly what they would get for objects that do not exist.
 */
class IsolationTest extends PortalTest {

	private static final long MISSING = 987_654_321L;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anotherDistributorsCardIsNotFoundLikeAMissingOne() {
		PortalHttp alfa = browser().loggedInAs("alfa.admin", "demo");
		long beta = distributorId("BETA");

		HttpResponse<String> foreign = alfa.get("/distributors/" + beta);
		HttpResponse<String> missing = alfa.get("/distributors/" + MISSING);
		HttpResponse<String> own = alfa.get("/distributors/" + distributorId("ALFA"));

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).isEqualTo(missing.body()).contains("Не найдено").doesNotContain("Бета");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("Альфа Электро");
	}

	@Test
	void anotherDistributorsUsersAreNotFound() {
		PortalHttp alfa = browser().loggedInAs("alfa.admin", "demo");
		long betaManager = userId("beta.manager");

		assertThat(alfa.get("/admin/users/" + betaManager).statusCode()).isEqualTo(404);
		assertThat(alfa.get("/admin/users/" + betaManager + "/edit").statusCode()).isEqualTo(404);
		assertThat(alfa.get("/admin/users/" + userId("alfa.manager")).statusCode()).isEqualTo(200);
		String list = alfa.get("/admin/users?size=200").body();
		assertThat(list).contains("alfa.manager").doesNotContain("beta.manager", "gamma.admin", ">admin<");
	}

	@Test
	void anotherDistributorsUserCannotBeChanged() {
		PortalHttp alfa = browser().loggedInAs("alfa.admin", "demo");
		long betaManager = userId("beta.manager");

		HttpResponse<String> deactivate = alfa.submit("/admin/users", "/admin/users/" + betaManager + "/deactivate",
				Map.of());
		HttpResponse<String> reset = alfa.submit("/admin/users", "/admin/users/" + betaManager + "/reset-password",
				Map.of());

		assertThat(deactivate.statusCode()).isEqualTo(404);
		assertThat(reset.statusCode()).isEqualTo(404);
		assertThat(asSystem(
				() -> jdbc.sql("select active from users where login = 'beta.manager'").query(Boolean.class).single()))
			.isTrue();
		assertThat(browser().api("/api/v1/me", "beta.manager", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void aDistributorAdminCreatesUsersOnlyForTheirOwnDistributor() {
		PortalHttp alfa = browser().loggedInAs("alfa.admin", "demo");
		long beta = distributorId("BETA");

		HttpResponse<String> created = alfa.submit("/admin/users/new", "/admin/users",
				Map.of("login", "alfa.smuggled", "name", "Smuggled", "role", "DISTRIBUTOR_MANAGER", "distributorId",
						Long.toString(beta), "password", "long-enough-1"));
		HttpResponse<String> asAdmin = alfa.submit("/admin/users/new", "/admin/users",
				Map.of("login", "alfa.boss", "name", "Boss", "role", "ADMIN", "password", "long-enough-1"));

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(asSystem(() -> jdbc.sql("select distributor_id from users where login = 'alfa.smuggled'")
			.query(Long.class)
			.single())).isEqualTo(distributorId("ALFA"));
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains("Эта роль вам недоступна");
		assertThat(asSystem(
				() -> jdbc.sql("select count(*) from users where login = 'alfa.boss'").query(Long.class).single()))
			.isZero();
	}

	@Test
	void distributorUsersCannotReachManufacturerPages() {
		PortalHttp manager = browser().loggedInAs("alfa.manager", "demo");
		PortalHttp admin = browser().loggedInAs("alfa.admin", "demo");

		assertThat(manager.get("/distributors").statusCode()).isEqualTo(403);
		assertThat(manager.get("/distributors").body()).contains("Нет доступа");
		assertThat(manager.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(admin.get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(admin.get("/distributors/new").statusCode()).isEqualTo(403);
		long alfa = distributorId("ALFA");
		HttpResponse<String> edit = admin.submit("/", "/distributors/" + alfa,
				Map.of("code", "ALFA", "name", "Renamed", "inn", "7776711926", "reportingFrequency", "MONTHLY"));
		assertThat(edit.statusCode()).isEqualTo(403);
	}

	@Test
	void theApiAnswersAnotherDistributorsObjectsExactlyLikeMissingOnes() {
		PortalHttp api = browser();
		long beta = distributorId("BETA");

		HttpResponse<String> foreign = api.api("/api/v1/distributors/" + beta, "alfa.manager", "demo");
		HttpResponse<String> missing = api.api("/api/v1/distributors/" + MISSING, "alfa.manager", "demo");

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(foreign.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode foreignProblem = json.readTree(foreign.body());
		JsonNode missingProblem = json.readTree(missing.body());
		assertThat(foreignProblem.get("title")).isEqualTo(missingProblem.get("title"));
		assertThat(foreignProblem.get("detail")).isEqualTo(missingProblem.get("detail"));
		assertThat(foreign.body()).doesNotContain("BETA", "Бета");

		long betaUser = userId("beta.admin");
		assertThat(api.api("/api/v1/users/" + betaUser, "alfa.admin", "demo").statusCode()).isEqualTo(404);
		assertThat(api.api("/api/v1/users/" + userId("alfa.manager"), "alfa.admin", "demo").statusCode())
			.isEqualTo(200);
	}

	@Test
	void theApiListsOnlyTheCallersOwnDistributorAndUsers() {
		PortalHttp api = browser();
		long alfa = distributorId("ALFA");

		JsonNode distributors = json.readTree(api.api("/api/v1/distributors", "alfa.manager", "demo").body());
		JsonNode users = json.readTree(api.api("/api/v1/users?size=200", "alfa.admin", "demo").body());
		JsonNode all = json.readTree(api.api("/api/v1/distributors", "analyst", "demo").body());

		assertThat(distributors.get("total").asLong()).isEqualTo(1);
		assertThat(distributors.get("items").get(0).get("code").asString()).isEqualTo("ALFA");
		assertThat(users.get("items").valueStream().map(u -> u.get("distributorId").asLong()).toList()).isNotEmpty()
			.containsOnly(alfa);
		assertThat(all.get("items").valueStream().map(d -> d.get("code").asString()).toList()).contains("ALFA", "BETA",
				"GAMMA");
		assertThat(api.api("/api/v1/users", "alfa.manager", "demo").statusCode()).isEqualTo(403);
	}

	@Test
	void searchCountsDoNotRevealOtherDistributors() {
		PortalHttp api = browser();
		String beta = URLEncoder.encode("Бета", StandardCharsets.UTF_8);
		JsonNode asAlfa = json.readTree(api.api("/api/v1/distributors?q=" + beta, "alfa.manager", "demo").body());
		JsonNode asAnalyst = json.readTree(api.api("/api/v1/distributors?q=" + beta, "analyst", "demo").body());
		assertThat(asAnalyst.get("total").asLong()).isEqualTo(1);
		assertThat(asAlfa.get("total").asLong()).isZero();
		assertThat(asAlfa.get("items")).isEmpty();
	}

}
