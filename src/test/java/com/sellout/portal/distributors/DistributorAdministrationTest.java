package com.sellout.portal.distributors;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.sellout.portal.support.OwnPassword;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DistributorAdministrationTest extends PortalTest {

	@Test
	void invalidRequisitesAreExplainedBesideTheirFieldsInTheUsersLanguage() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Map<String, String> form = distributor("BAD1", "7776711927");
		form.put("kpp", "12");
		form.put("contractStart", "2026-05-01");
		form.put("contractEnd", "2026-04-01");

		HttpResponse<String> russian = admin.submit("/distributors/new", "/distributors", form);
		admin.get("/profile?lang=en");
		HttpResponse<String> english = admin.submit("/distributors/new", "/distributors", form);
		admin.get("/profile?lang=ru");

		assertThat(russian.statusCode()).isEqualTo(200);
		assertThat(russian.body()).contains("Неверный ИНН", "Неверный КПП",
				"Дата окончания договора раньше даты начала", "aria-invalid=\"true\"");
		assertThat(english.body()).contains("Invalid INN", "Invalid KPP", "The contract ends before it starts");
		assertThat(asSystem(
				() -> jdbc.sql("select count(*) from distributors where code = 'BAD1'").query(Long.class).single()))
			.isZero();
	}

	@Test
	void theAdministratorCreatesEditsDeactivatesAndReactivatesADistributor() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");

		HttpResponse<String> created = admin.submit("/distributors/new", "/distributors",
				distributor("DELTA1", "7707083893"));
		assertThat(created.statusCode()).isEqualTo(302);
		long id = distributorId("DELTA1");
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/distributors/" + id));
		assertThat(admin.get("/distributors/" + id).body()).contains("Дельта Трейд", "7707083893",
				"Дистрибьютор создан");

		HttpResponse<String> duplicate = admin.submit("/distributors/new", "/distributors",
				distributor("delta1", "7707083893"));
		assertThat(duplicate.body()).contains("Дистрибьютор с таким кодом уже есть");

		Map<String, String> edit = distributor("DELTA1", "7707083893");
		edit.put("name", "ООО \"Дельта Плюс\"");
		edit.put("kpp", "770701001");
		assertThat(admin.submit("/distributors/" + id + "/edit", "/distributors/" + id, edit).statusCode())
			.isEqualTo(302);
		assertThat(admin.get("/distributors?q=" + "delta1").body()).contains("Дельта Плюс");

		createManager(admin, id, "delta1.manager");
		OwnPassword.chosen(browser(), "delta1.manager", "long-enough-1", "long-enough-2");
		assertThat(browser().api("/api/v1/me", "delta1.manager", "long-enough-2").statusCode()).isEqualTo(200);

		admin.submit("/distributors/" + id, "/distributors/" + id + "/deactivate", Map.of());
		assertThat(admin.get("/distributors/" + id).body()).contains("Отключён");
		assertThat(browser().api("/api/v1/me", "delta1.manager", "long-enough-2").statusCode())
			.as("users of a deactivated distributor cannot log in")
			.isEqualTo(401);

		admin.submit("/distributors/" + id, "/distributors/" + id + "/activate", Map.of());
		assertThat(browser().api("/api/v1/me", "delta1.manager", "long-enough-2").statusCode()).isEqualTo(200);

		Map<String, Long> audited = new HashMap<>();
		for (String action : new String[] { "DISTRIBUTOR_CREATED", "DISTRIBUTOR_CHANGED", "DISTRIBUTOR_DEACTIVATED",
				"DISTRIBUTOR_ACTIVATED", "USER_CREATED" }) {
			audited.put(action,
					asSystem(() -> jdbc.sql("select count(*) from audit_events where action = ? and actor = 'admin'")
						.param(action)
						.query(Long.class)
						.single()));
		}
		assertThat(audited).allSatisfy((action, count) -> assertThat(count).as(action).isPositive());
		String auditPage = admin.get("/admin/audit?action=DISTRIBUTOR_CHANGED").body();
		assertThat(auditPage).contains("Изменён дистрибьютор", "Дельта Плюс");
	}

	@Test
	void theListSearchesSortsAndPages() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");

		String search = analyst.get("/distributors?q=5478631679").body();
		String sorted = analyst.get("/distributors?sort=code&desc=true&size=200").body();
		String firstPage = analyst.get("/distributors?sort=code&size=1").body();
		String secondPage = analyst.get("/distributors?sort=code&size=1&page=1").body();

		assertThat(search).contains("BETA").doesNotContain(">ALFA<", ">GAMMA<");
		assertThat(sorted.indexOf(">GAMMA<")).isPositive().isLessThan(sorted.indexOf(">BETA<"));
		assertThat(sorted.indexOf(">BETA<")).isLessThan(sorted.indexOf(">ALFA<"));
		assertThat(firstPage).contains(">ALFA<", "page=1").doesNotContain(">BETA<");
		assertThat(secondPage).contains(">BETA<").doesNotContain(">ALFA<");
		assertThat(analyst.get("/distributors?sort=name%3Bdrop%20table%20users").statusCode()).isEqualTo(200);
	}

	@Test
	void anAnalystSeesDistributorsButCannotChangeThem() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		assertThat(analyst.get("/distributors").statusCode()).isEqualTo(200);
		assertThat(analyst.get("/distributors/new").statusCode()).isEqualTo(403);
		long beta = distributorId("BETA");
		assertThat(analyst.submit("/distributors", "/distributors/" + beta + "/deactivate", Map.of()).statusCode())
			.isEqualTo(403);
	}

	static void createManager(PortalHttp admin, long distributorId, String login) {
		HttpResponse<String> response = admin.submit("/admin/users/new", "/admin/users",
				Map.of("login", login, "name", "Иван Петров", "role", "DISTRIBUTOR_MANAGER", "distributorId",
						Long.toString(distributorId), "password", "long-enough-1"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
	}

	private static Map<String, String> distributor(String code, String inn) {
		Map<String, String> form = new HashMap<>();
		form.put("code", code);
		form.put("name", "ООО \"Дельта Трейд\"");
		form.put("inn", inn);
		form.put("regions", "Тверская область");
		form.put("reportingFrequency", "MONTHLY");
		form.put("email", "office@delta.example");
		return form;
	}

}
