package com.sellout.portal.audit;

import java.net.http.HttpResponse;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator sees of access: the browser of each event, failed logins per
 * account and address (blocked now or not, linked to their events), who exported what. A
 * distributor's people see none of it.
 */
class AccessPagesTest extends PortalTest {

	@Test
	void failedLoginsAreCountedPerAccountAndAddressAndSayWhetherBlocked() {
		String login = "ghost." + System.nanoTime() % 1_000_000;
		for (int i = 0; i < 3; i++) {
			browser().login(login, "wrong-" + i);
		}
		assertThat(asSystem(() -> jdbc
			.sql("select actor_agent from audit_events where action = 'LOGIN_FAILED' and actor = ? limit 1")
			.param(login)
			.query(String.class)
			.single())).as("the browser is recorded").startsWith("Java-http-client");

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Element row = loginRow(
				PageForm.on(admin, "/admin/audit/failed-logins", "[data-testid=failed-logins-period]").submit(), login);
		assertThat(row.select("td").get(1).text()).isEqualTo("3");
		assertThat(row.select("td").get(3).text()).isEqualTo("Нет");
		assertThat(Jsoup.parse(admin.get("/admin/audit/failed-logins").body())
			.select("[data-testid=failures-per-address] tr[data-address=127.0.0.1]")).hasSize(1);

		browser().login(login, "wrong-3");
		browser().login(login, "wrong-4");
		Element blocked = loginRow(admin.get("/admin/audit/failed-logins"), login);
		assertThat(blocked.select("td").get(1).text()).isEqualTo("5");
		assertThat(blocked.select("td").get(3).text()).startsWith("Да, до");

		String events = blocked.select("a").attr("href");
		Document listed = Jsoup.parse(admin.get(events).body());
		assertThat(listed.select("table.data tbody tr")).hasSize(5);
		assertThat(listed.select("table.data tbody tr td.agent").first().text()).startsWith("Java-http-client");
		asSystem(() -> jdbc.sql("delete from login_throttle where key = ?").param("account:" + login).update());
	}

	@Test
	void whoExportedWhatIsListed() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		assertThat(admin.download("/clients/export.csv").statusCode()).isEqualTo(200);
		HttpResponse<String> page = PageForm.on(admin, "/admin/audit/exports", "[data-testid=exports-filter]")
			.fill("actor", "admin")
			.submit();
		assertThat(page.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		Element first = document.selectFirst("[data-testid=exports] tbody tr");
		assertThat(first).isNotNull();
		String name = asSystem(
				() -> jdbc.sql("select name from users where login = 'admin'").query(String.class).single());
		assertThat(first.select("td").get(0).text()).as("who, by name and login").isEqualTo(name + " (admin)");
		assertThat(first.select("td").get(0).select("a").attr("href")).isEqualTo("/admin/users/" + userId("admin"));
		assertThat(first.select("td").get(2).text()).isEqualTo("Выгружен список клиентов Реестр клиентов");
		assertThat(first.select("td").get(4).text()).isEqualTo("127.0.0.1");
		assertThat(document.select("[data-testid=exports] tbody tr td:eq(2)").eachText())
			.allSatisfy(what -> assertThat(what).containsAnyOf("Выгруж", "Скача"));
	}

	@Test
	void aDistributorsPeopleAreRefused() {
		for (String login : new String[] { "alfa.admin", "beta.manager" }) {
			PortalHttp tab = browser().loggedInAs(login, "demo");
			assertThat(tab.get("/admin/audit/failed-logins").statusCode()).as(login).isEqualTo(403);
			assertThat(tab.get("/admin/audit/exports").statusCode()).as(login).isEqualTo(403);
		}
		assertThat(browser().loggedInAs("analyst", "demo").get("/admin/audit/exports").statusCode()).isEqualTo(403);
	}

	private static Element loginRow(HttpResponse<String> page, String login) {
		assertThat(page.statusCode()).isEqualTo(200);
		Element row = Jsoup.parse(page.body())
			.select("[data-testid=failures-per-login] tr[data-login]")
			.stream()
			.filter(tr -> tr.attr("data-login").equals(login))
			.findFirst()
			.orElse(null);
		assertThat(row).as("a row for " + login).isNotNull();
		return row;
	}

}
