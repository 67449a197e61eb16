package com.sellout.portal.web;

import java.net.http.HttpResponse;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trimming binder in the running portal: what a page posts arrives trimmed, blanks as
 * nothing, inner spaces kept — and the password exactly as typed, so that it works as
 * typed.
 */
class FormTrimmingPageTest extends PortalTest {

	@Test
	void anEmployeesDetailsArriveTrimmedAndThePasswordAsTyped() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users",
				Map.of("login", "  trimmed.page  ", "name", "  Анна  Обрезкина ", "email", "   ", "phone", " ", "role",
						"ANALYST", "distributorId", "", "password", "  spaced secret 1  "));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Map<String, Object> row = asSystem(
				() -> jdbc.sql("select login, name, email, phone from users where login = 'trimmed.page'")
					.query()
					.singleRow());
		assertThat(row.get("name")).as("only the client form collapses inner spaces").isEqualTo("Анна  Обрезкина");
		assertThat(row.get("email")).isNull();
		assertThat(row.get("phone")).isNull();
		assertThat(browser().login("trimmed.page", "spaced secret 1").headers().firstValue("Location").orElse(""))
			.contains("/login?error");
		// as typed, spaces and all: it logs in (to choose the person's own, as it is
		// temporary)
		assertThat(browser().login("trimmed.page", "  spaced secret 1  ").headers().firstValue("Location").orElse(""))
			.endsWith("/profile/own-password");
		jdbc.sql("delete from login_throttle").update();
	}

}
