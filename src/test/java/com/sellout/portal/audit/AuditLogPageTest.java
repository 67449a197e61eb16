package com.sellout.portal.audit;

import java.util.regex.Pattern;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log names people and objects and links to them — «Имя (логин)», the client's
 * name, the distributor's — never {@code user 1} or {@code client 81}; what the portal
 * did itself reads «Портал (автоматически)»; the details are in Russian words, not codes.
 */
class AuditLogPageTest extends PortalTest {

	private static final Pattern RAW_ID = Pattern.compile("\\b(user|client|distributor|sellout-report|system) \\d*\\b");

	@Autowired
	private AuditLog auditLog;

	@Test
	void theLogNamesPeopleAndObjectsAndLinksToThem() {
		String marker = "метка-" + System.nanoTime();
		long alfa = distributorId("ALFA");
		long alfaAdmin = userId("alfa.admin");
		long clientId = asSystem(
				() -> jdbc.sql("select id from clients order by id limit 1").query(Long.class).single());
		String clientName = asSystem(
				() -> jdbc.sql("select name from clients where id = ?").param(clientId).query(String.class).single());
		String adminName = asSystem(
				() -> jdbc.sql("select name from users where id = ?").param(alfaAdmin).query(String.class).single());
		String distributorName = asSystem(
				() -> jdbc.sql("select name from distributors where id = ?").param(alfa).query(String.class).single());
		asSystem(() -> {
			auditLog.record(AuditAction.CLIENT_STATUS_REQUESTED, "alfa.admin", "client", clientId, alfa,
					"ACTIVE → BLOCKED " + marker);
			auditLog.record(AuditAction.SELLOUT_REPORT_RETRIED, null, "sellout-report", -1, alfa,
					"the same bytes again after a failure of ours " + marker);
			return null;
		});

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Document page = Jsoup
			.parse(PageForm.on(admin, "/admin/audit", "form.filters").fill("q", marker).submit().body());
		var rows = page.select("table.data tbody tr");
		assertThat(rows).hasSize(2);
		Element byPerson = rows.stream()
			.filter(tr -> tr.text().contains("Запрошена смена статуса") || tr.text().contains(clientName))
			.findFirst()
			.orElseThrow();
		Element who = byPerson.select("td").get(1);
		assertThat(who.text()).isEqualTo(adminName + " (alfa.admin)");
		assertThat(who.select("a").attr("href")).isEqualTo("/admin/users/" + alfaAdmin);
		Element what = byPerson.select("td").get(5);
		assertThat(what.select("a").eachAttr("href")).containsExactly("/clients/" + clientId, "/distributors/" + alfa);
		assertThat(what.text()).contains(clientName, distributorName);
		assertThat(byPerson.select("td").get(6).text()).isEqualTo("Активен → Заблокирован " + marker);

		Element byPortal = rows.stream().filter(tr -> tr != byPerson).findFirst().orElseThrow();
		assertThat(byPortal.select("td").get(1).text()).isEqualTo("Портал (автоматически)");
		assertThat(byPortal.select("td").get(1).select("a")).isEmpty();
		assertThat(byPortal.select("td").get(5).text()).startsWith("Отчёт №-1");
		assertThat(byPortal.select("td").get(6).text())
			.isEqualTo("тот же файл ещё раз после сбоя на стороне портала " + marker);

		assertThat(RAW_ID.matcher(page.select("table.data").text()).find()).as("no raw ids on the page").isFalse();
	}

	@Test
	void aLoginIsShownByTheNameOfWhoLoggedIn() {
		browser().loggedInAs("alfa.manager", "demo");
		String name = asSystem(
				() -> jdbc.sql("select name from users where login = 'alfa.manager'").query(String.class).single());
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Document page = Jsoup.parse(admin.get("/admin/audit?action=LOGIN_SUCCEEDED&actor=alfa.manager").body());
		Element first = page.selectFirst("table.data tbody tr");
		assertThat(first).isNotNull();
		assertThat(first.select("td").get(1).text()).isEqualTo(name + " (alfa.manager)");
		assertThat(first.select("td").get(5).select("a").first().attr("href"))
			.isEqualTo("/admin/users/" + userId("alfa.manager"));
		assertThat(first.select("td").get(5).text()).doesNotContainPattern("user \\d");
	}

}
