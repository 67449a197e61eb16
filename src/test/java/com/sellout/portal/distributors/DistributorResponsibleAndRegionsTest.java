package com.sellout.portal.distributors;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distributor's responsible manager and its regions, chosen on the distributor's form
 * as rendered and shown on its page.
 */
class DistributorResponsibleAndRegionsTest extends PortalTest {

	private static final String ANALYST = "Аналитик канала (Аналитик производителя)";

	@Autowired
	private UserAccounts users;

	@Test
	void theAdministratorNamesAResponsibleManagerAndTicksRegionsOnTheFormAsRendered() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String code = "RSP" + suffix();

		HttpResponse<String> created = RenderedForm.on(admin, "/distributors/new", "form[method=post].stack")
			.fill("code", code)
			.fill("name", "ООО \"Регион Плюс\"")
			.fill("inn", TestInns.organisation(7301))
			.tick("regions", "77 г. Москва", true)
			.tick("regions", "50 Московская область", true)
			.choose("responsibleUserId", ANALYST)
			.submit();

		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		long id = distributorId(code);
		String card = admin.get("/distributors/" + id).body();
		assertThat(card).contains("г. Москва", "Московская область", "Аналитик канала");
		assertThat(regionCodes(id)).containsExactly("50", "77");
		assertThat(responsibleOf(id)).isEqualTo(userId("analyst"));

		RenderedForm edit = RenderedForm.on(admin, "/distributors/" + id + "/edit", "form[method=post].stack");
		assertThat(edit.values("regions")).as("the form shows what is stored").containsExactlyInAnyOrder("50", "77");
		assertThat(edit.values("responsibleUserId")).containsExactly(Long.toString(userId("analyst")));
		HttpResponse<String> saved = edit.tick("regions", "77 г. Москва", false)
			.tick("regions", "69 Тверская область", true)
			.fill("regionsNote", "и вся Центральная Россия")
			.submit();

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(regionCodes(id)).containsExactly("50", "69");
		assertThat(responsibleOf(id)).as("kept as rendered").isEqualTo(userId("analyst"));
		assertThat(admin.get("/distributors/" + id).body()).contains("Тверская область", "и вся Центральная Россия")
			.doesNotContain("г. Москва");
	}

	@Test
	void onlyAnActiveAdministratorOrAnalystOfTheManufacturerCanBeResponsible() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String login = "left" + suffix();
		long departed = asUser("admin",
				() -> users.register(login, "long-enough-1", "Ушедший Аналитик " + login, null, Role.ANALYST, null));
		asUser("admin", () -> {
			users.setActive(departed, false);
			return null;
		});

		RenderedForm form = RenderedForm.on(admin, "/distributors/new", "form[method=post].stack");
		List<String> offered = form.options("responsibleUserId");
		assertThat(offered).contains(ANALYST, "Администратор портала (Администратор производителя)")
			.noneMatch(option -> option.contains("Ушедший"))
			.noneMatch(option -> option.contains("Администратор ALFA") || option.contains("Менеджер"));

		for (long refused : new long[] { departed, userId("alfa.admin"), 987_654_321L }) {
			String code = "BADR" + suffix();
			HttpResponse<String> answer = RenderedForm.on(admin, "/distributors/new", "form[method=post].stack")
				.fill("code", code)
				.fill("name", "ООО \"Без менеджера\"")
				.fill("inn", TestInns.organisation(7302))
				.forge("responsibleUserId", Long.toString(refused))
				.submit();
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("Выберите активного администратора или аналитика производителя.");
			assertThat(count("select count(*) from distributors where code = '" + code + "'")).isZero();
		}
	}

	@Test
	void aRegionThatIsNoSubjectIsRefusedBesideThePicker() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String code = "BADG" + suffix();

		HttpResponse<String> answer = RenderedForm.on(admin, "/distributors/new", "form[method=post].stack")
			.fill("code", code)
			.fill("name", "ООО \"Нигде\"")
			.fill("inn", TestInns.organisation(7303))
			.forge("regions", "999")
			.submit();

		assertThat(answer.body()).contains("Такого субъекта РФ нет в справочнике.");
		assertThat(count("select count(*) from distributors where code = '" + code + "'")).isZero();
	}

	@Test
	void aDistributorsUserSeesItsRegionsButNotTheManufacturersPeople() {
		long alfa = distributorId("ALFA");
		String own = browser().loggedInAs("alfa.admin", "demo").get("/distributors/" + alfa).body();

		assertThat(own).contains("г. Москва", "Московская область")
			.doesNotContain("Аналитик канала", "Ответственный менеджер");
		assertThat(
				browser().loggedInAs("alfa.admin", "demo").get("/distributors/" + distributorId("BETA")).statusCode())
			.isEqualTo(404);
		assertThat(browser().loggedInAs("alfa.admin", "demo").get("/distributors/new").statusCode()).isEqualTo(403);
	}

	@Test
	void theDemoDistributorsHaveRealRegionsAndTheAnalystAnswersForThem() {
		assertThat(regionCodes(distributorId("ALFA"))).containsExactly("50", "77");
		assertThat(regionCodes(distributorId("BETA"))).containsExactly("54", "70");
		assertThat(regionCodes(distributorId("GAMMA"))).containsExactly("66", "74");
		for (String code : List.of("ALFA", "BETA", "GAMMA")) {
			assertThat(responsibleOf(distributorId(code))).as(code).isEqualTo(userId("analyst"));
		}
		assertThat(browser().loggedInAs("analyst", "demo").get("/distributors?q=Томская").body()).contains(">BETA<")
			.doesNotContain(">ALFA<");
	}

	private List<String> regionCodes(long id) {
		return asSystem(() -> jdbc
			.sql("select region_code from distributor_regions where distributor_id = ? order by region_code")
			.param(id)
			.query(String.class)
			.list());
	}

	private Long responsibleOf(long id) {
		return asSystem(() -> jdbc.sql("select responsible_user_id from distributors where id = ?")
			.param(id)
			.query(Long.class)
			.single());
	}

	private long count(String sql) {
		return asSystem(() -> jdbc.sql(sql).query(Long.class).single());
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
