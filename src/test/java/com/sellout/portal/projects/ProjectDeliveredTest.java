package com.sellout.portal.projects;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static com.sellout.portal.projects.ProjectFixture.body;
import static com.sellout.portal.projects.ProjectFixture.decide;
import static com.sellout.portal.projects.ProjectFixture.newInn;
import static com.sellout.portal.projects.ProjectFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's page shows what its distributor sold out to the project's client since the
 * approval against what was registered: sell-out of ALFA in 2003 (a year no other test
 * sends), the approval moved to March 2003. Lines before the approval's month and lines
 * to another client do not count.
 */
class ProjectDeliveredTest extends PortalTest {

	@Test
	void theProjectPageShowsTheClientsSellOutSinceTheApprovalAgainstTheRegistered() throws Exception {
		String inn = newInn();
		String other = newInn();
		PortalHttp http = browser();
		long id = post(http, "alfa.manager",
				body(inn, "ООО Поставлено", "Склад поставок 2003", "г. Тула, ул. Поставочная, д. 3", "71", "1000"))
			.path("id")
			.asLong();
		decide(http, id, "APPROVE", null);
		asSystem(() -> jdbc.sql("update projects set approved_on = date '2003-03-01' where id = ?").param(id).update());

		String header = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n";
		send(http, "2003-02", header + "03.02.2003;ООО Поставлено;" + inn + ";EL-10001;9;900,00\n");
		send(http, "2003-04", header + "03.04.2003;ООО Поставлено;" + inn + ";EL-10001;30;3000,00\n"
				+ "04.04.2003;ООО Другой;" + other + ";EL-10001;5;500,00\n");
		send(http, "2003-05", header + "05.05.2003;ООО Поставлено;" + inn + ";EL-10002;3;300,00\n");

		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		List<String> delivered = List.of();
		for (int attempt = 0; attempt < 60 && !delivered.equals(List.of("30", "3")); attempt++) {
			Document page = Jsoup.parse(alfa.get("/projects/" + id).body());
			delivered = page.select("[data-testid=project-line-list] [data-testid=line-delivered]").eachText();
			if (!delivered.equals(List.of("30", "3"))) {
				Thread.sleep(500);
			}
		}
		// registered: EL-10001 120, EL-10002 35,5 (ProjectFixture)
		assertThat(delivered).containsExactly("30", "3");
	}

	private void send(PortalHttp http, String period, String csv) {
		assertThat(http
			.apiUpload("/api/v1/sellout/reports?period=" + period, period + ".csv",
					csv.getBytes(StandardCharsets.UTF_8), "alfa.manager", "demo")
			.statusCode()).isEqualTo(201);
	}

}
