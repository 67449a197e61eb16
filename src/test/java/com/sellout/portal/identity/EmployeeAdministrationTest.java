package com.sellout.portal.identity;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.support.OwnPassword;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeAdministrationTest extends PortalTest {

	private static final Pattern SECRET = Pattern.compile("data-testid=\"generated-password\">([^<]+)<");

	@Test
	void aGeneratedPasswordIsShownOnceAndWorks() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users", Map.of("login", "beta.clerk",
				"name", "Клерк", "role", "DISTRIBUTOR_MANAGER", "distributorId", Long.toString(distributorId("BETA"))));
		String location = created.headers().firstValue("Location").orElseThrow();

		String card = admin.get(location.replace(baseUrl(), "")).body();
		String password = secretOf(card);

		assertThat(browser().api("/api/v1/me", "beta.clerk", password).statusCode())
			.as("a generated password is temporary: it never opens the API")
			.isEqualTo(401);
		OwnPassword.chosen(browser(), "beta.clerk", password, "собственный пароль клерка");
		assertThat(browser().api("/api/v1/me", "beta.clerk", "собственный пароль клерка").statusCode()).isEqualTo(200);
		assertThat(admin.get(location.replace(baseUrl(), "")).body()).doesNotContain(password);
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void aDistributorAdminResetsAndDeactivatesTheirOwnPeople() {
		PortalHttp gammaAdmin = browser().loggedInAs("gamma.admin", "demo");
		HttpResponse<String> created = gammaAdmin.submit("/admin/users/new", "/admin/users", Map.of("login",
				"gamma.trainee", "name", "Стажёр", "role", "DISTRIBUTOR_MANAGER", "password", "first-secret-1"));
		long id = userId("gamma.trainee");
		assertThat(created.statusCode()).isEqualTo(302);

		gammaAdmin.submit("/admin/users/" + id, "/admin/users/" + id + "/reset-password", Map.of());
		String card = gammaAdmin.get("/admin/users/" + id).body();
		String password = secretOf(card);
		assertThat(browser().api("/api/v1/me", "gamma.trainee", "first-secret-1").statusCode()).isEqualTo(401);
		OwnPassword.chosen(browser(), "gamma.trainee", password, "зимний лес у реки");
		assertThat(browser().api("/api/v1/me", "gamma.trainee", "зимний лес у реки").statusCode()).isEqualTo(200);

		gammaAdmin.submit("/admin/users/" + id, "/admin/users/" + id + "/deactivate", Map.of());
		assertThat(browser().api("/api/v1/me", "gamma.trainee", "зимний лес у реки").statusCode()).isEqualTo(401);
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void theAdministratorChangesARoleAndBinding() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		admin.submit("/admin/users/new", "/admin/users",
				Map.of("login", "mover", "name", "Переезжающий", "role", "DISTRIBUTOR_MANAGER", "distributorId",
						Long.toString(distributorId("ALFA")), "password", "long-enough-1"));
		long id = userId("mover");
		OwnPassword.chosen(browser(), "mover", "long-enough-1", "переезд-собственный");

		HttpResponse<String> noDistributor = admin.submit("/admin/users/" + id + "/edit", "/admin/users/" + id,
				Map.of("login", "mover", "name", "Переезжающий", "role", "DISTRIBUTOR_ADMIN", "distributorId", ""));
		HttpResponse<String> moved = admin.submit("/admin/users/" + id + "/edit", "/admin/users/" + id,
				Map.of("login", "mover", "name", "Переезжающий", "role", "DISTRIBUTOR_ADMIN", "distributorId",
						Long.toString(distributorId("GAMMA"))));

		assertThat(noDistributor.body()).contains("Для роли дистрибьютора выберите дистрибьютора");
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(browser().api("/api/v1/me", "mover", "переезд-собственный").body()).contains("DISTRIBUTOR_ADMIN",
				"GAMMA");
	}

	@Test
	void aLoginIsUniqueAcrossAllDistributors() {
		PortalHttp alfaAdmin = browser().loggedInAs("alfa.admin", "demo");
		HttpResponse<String> taken = alfaAdmin.submit("/admin/users/new", "/admin/users", Map.of("login",
				"BETA.manager", "name", "Двойник", "role", "DISTRIBUTOR_MANAGER", "password", "long-enough-1"));
		assertThat(taken.statusCode()).isEqualTo(200);
		assertThat(taken.body()).contains("Этот логин уже занят");
	}

	@Test
	void theProfileChangesDetailsLanguageAndPasswordWithTheCurrentOne() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		admin.submit("/admin/users/new", "/admin/users", Map.of("login", "profiled", "name", "Профиль Тестович", "role",
				"ANALYST", "password", "temporary-password-1"));
		PortalHttp me = OwnPassword.chosen(browser(), "profiled", "temporary-password-1", "old-secret-phrase-1");

		assertThat(me.get("/profile").body()).contains("Профиль Тестович", "Аналитик производителя");
		HttpResponse<String> wrong = me.submit("/profile", "/profile/password", Map.of("currentPassword", "nope",
				"newPassword", "new-secret-phrase-1", "confirmation", "new-secret-phrase-1"));
		HttpResponse<String> mismatch = me.submit("/profile", "/profile/password", Map.of("currentPassword",
				"old-secret-phrase-1", "newPassword", "new-secret-phrase-1", "confirmation", "new-secret-phrase-2"));
		HttpResponse<String> changed = me.submit("/profile", "/profile/password", Map.of("currentPassword",
				"old-secret-phrase-1", "newPassword", "new-secret-phrase-1", "confirmation", "new-secret-phrase-1"));
		me.submit("/profile", "/profile", Map.of("name", "Profile Testovich", "email", "p@example.com", "phone",
				"+7 900 000-00-00", "language", "en"));

		assertThat(wrong.body()).contains("Текущий пароль указан неверно");
		assertThat(mismatch.body()).contains("Пароли не совпадают");
		assertThat(changed.statusCode()).isEqualTo(302);
		PortalHttp again = browser().loggedInAs("profiled", "new-secret-phrase-1");
		assertThat(again.get("/profile").body()).contains("lang=\"en\"", "Profile Testovich", "Manufacturer analyst");
		jdbc.sql("delete from login_throttle").update();
	}

	private static String secretOf(String html) {
		Matcher matcher = SECRET.matcher(html);
		assertThat(matcher.find()).as("the generated password is on the page").isTrue();
		return matcher.group(1);
	}

}
