package com.sellout.portal.identity;

import java.net.http.HttpResponse;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee form starts from defaults that agree, and a form with several mistakes
 * reports them all in one answer, keeping what was typed but the password.
 */
class EmployeeFormTest extends PortalTest {

	@Test
	void theNewEmployeeFormsDefaultsNeverContradictEachOther() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");

		PageForm blank = PageForm.on(admin, "/admin/users/new", "form[action$=/admin/users]");
		assertThat(blank.value("role")).as("no distributor chosen: a manufacturer's role").isEqualTo("ANALYST");
		assertThat(blank.value("distributorId")).isEmpty();

		long beta = distributorId("BETA");
		PageForm forBeta = PageForm.on(admin, "/admin/users/new?distributor=" + beta, "form[action$=/admin/users]");
		assertThat(forBeta.value("role")).isEqualTo("DISTRIBUTOR_MANAGER");
		assertThat(forBeta.value("distributorId")).isEqualTo(Long.toString(beta));

		PageForm own = PageForm.on(browser().loggedInAs("beta.admin", "demo"), "/admin/users/new",
				"form[action$=/admin/users]");
		assertThat(own.value("role")).isEqualTo("DISTRIBUTOR_MANAGER");
	}

	@Test
	void everyMistakeIsReportedAtOnceAndWhatWasTypedIsKeptButThePassword() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");

		HttpResponse<String> refused = PageForm.on(admin, "/admin/users/new", "form[action$=/admin/users]")
			.fill("login", "alfa.manager")
			.fill("name", "")
			.fill("email", "ivanov@example.com")
			.choose("role", "Менеджер дистрибьютора")
			.fill("password", "short")
			.submit();

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".field.invalid .error").eachText()).containsExactlyInAnyOrder("Этот логин уже занят.",
				"Обязательное поле.", "Для роли дистрибьютора выберите дистрибьютора.",
				"Пароль должен быть не короче 10 символов");
		assertThat(page.select("input[name=login]").attr("value")).isEqualTo("alfa.manager");
		assertThat(page.select("input[name=email]").attr("value")).isEqualTo("ivanov@example.com");
		assertThat(page.select("select[name=role] option[selected]").attr("value")).isEqualTo("DISTRIBUTOR_MANAGER");
		assertThat(page.select("input[name=password]").attr("value")).isEmpty();
	}

}
