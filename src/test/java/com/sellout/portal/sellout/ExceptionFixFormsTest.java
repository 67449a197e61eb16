package com.sellout.portal.sellout;

import java.net.http.HttpResponse;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception's page offers only the forms that fix its problem — the value for an
 * invalid ИНН, the suggestions for an unknown product, the alias with a picker of
 * subjects for an unknown region — leads to the next exception, corrects the same value
 * on all the lines that have it, and says how many lines in which reports a fix accepted.
 */
class ExceptionFixFormsTest extends PortalTest {

	@Test
	void eachKindOfExceptionGetsTheFormsThatFixIt() {
		byte[] file = SalesFile.create()
			.sale("03.02.2011", "EL-10041", 1, "900")
			.sale("04.02.2011", "ООО Опечатка", "6645390114", "Свердловская обл.", "EL-10041", 1, "900")
			.sale("05.02.2011", "ZZ-GUARDS-1", 1, "900")
			.sale("06.02.2011", "ООО Ошибка", "6645390115", "Тридевятое царство", "EL-10041", 1, "900")
			.bytes();
		long id = upload("alfa.manager", "feb-2011.csv", file, "2011-02");
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");

		Document inn = page(alfa, id, 3);
		assertThat(inn.select("[data-testid=fix-value]").eachAttr("data-field")).containsExactly("client_inn");
		assertThat(inn.select("[data-testid=fix-value] input[name=value]").attr("value")).isEqualTo("6645390114");
		assertThat(inn.select("[data-testid=map-product]")).isEmpty();
		assertThat(inn.select("[data-testid=add-alias]")).isEmpty();
		assertThat(inn.select("[data-testid=same-on-all]")).as("no other line has this ИНН").isEmpty();

		Document product = page(alfa, id, 4);
		assertThat(product.select("[data-testid=map-product] form")).hasSize(1);
		assertThat(product.select("[data-testid=fix-value]")).isEmpty();
		assertThat(product.select("[data-testid=add-alias]")).isEmpty();

		Document region = page(alfa, id, 5);
		assertThat(region.select("[data-testid=add-alias]").eachAttr("data-alias")).containsExactly("REGION");
		assertThat(region.select("[data-testid=fix-value]").eachAttr("data-field")).containsExactly("client_inn");
		assertThat(region.select("[data-testid=map-product]")).isEmpty();
		PageForm alias = PageForm.on(alfa, fixPage(id, 5), "[data-testid=add-alias] form");
		assertThat(alias.value("type")).isEqualTo("REGION");
		assertThat(alias.value("from")).isEqualTo("Тридевятое царство");
		assertThat(alias.value("to")).as("nothing is chosen for the person").isEmpty();
		assertThat(alias.options("to")).contains("Краснодарский край", "Свердловская область", "г. Москва")
			.hasSizeGreaterThan(80);

		// the next exception, then round again to the first
		assertThat(inn.select("[data-testid=next-exception]").attr("href")).endsWith(fixPage(id, 4));
		assertThat(product.select("[data-testid=next-exception]").attr("href")).endsWith(fixPage(id, 5));
		assertThat(region.select("[data-testid=next-exception]").attr("href")).endsWith(fixPage(id, 3));

		// the alias chosen from the picker clears the region's problem; the ИНН's is left
		HttpResponse<String> aliased = alias.choose("to", "Краснодарский край").submit();
		assertThat(aliased.statusCode()).isEqualTo(302);
		Document after = page(alfa, id, 5);
		assertThat(after.select("[data-testid=add-alias]")).isEmpty();
		assertThat(after.select("[data-testid=fix-value]").eachAttr("data-field")).containsExactly("client_inn");
	}

	@Test
	void theSameValueIsFixedOnAllItsLinesAndTheNoticeSaysHowManyWereAccepted() {
		byte[] file = SalesFile.create()
			.sale("03.03.2011", "ООО Опечатка", "6645390114", "Свердловская обл.", "EL-10042", 1, "900")
			.sale("04.03.2011", "ООО Опечатка", "6645390114", "Свердловская обл.", "EL-20043", 2, "1800")
			.sale("05.03.2011", "ООО Другая", "6645390116", "Свердловская обл.", "EL-10042", 1, "900")
			.sale("06.03.2011", "ООО Опечатка", "6645390114", "Свердловская обл.", "EL-20044", 1, "900")
			.bytes();
		long id = upload("beta.manager", "mar-2011.csv", file, "2011-03");
		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");

		PageForm fix = PageForm.on(beta, fixPage(id, 2), "[data-testid=fix-value] form");
		assertThat(page(beta, id, 2).select("[data-testid=same-on-all] + span").text())
			.isEqualTo("Исправить так же все строки отчёта, где стоит «6645390114», — их 3");
		fix.fill("value", "6645390113").tick("sameOnAll", true);

		// another distributor cannot send it
		assertThat(fix.submitFrom(browser().loggedInAs("gamma.manager", "demo"), "/sellout/upload").statusCode())
			.isEqualTo(404);
		assertThat(exceptions("beta.manager", id)).isEqualTo(4);

		HttpResponse<String> fixed = fix.submit();
		assertThat(fixed.statusCode()).isEqualTo(302);
		String next = fixed.headers().firstValue("Location").orElseThrow();
		assertThat(next).as("on to the exception left").endsWith(fixPage(id, 4));
		assertThat(exceptions("beta.manager", id)).isEqualTo(1);
		Document landed = Jsoup.parse(beta.get(fixPage(id, 4)).body());
		assertThat(landed.select("[data-testid=fix-accepted]").text())
			.isEqualTo("Принято строк: 3 — в отчёте № " + id + ": 3.");
		assertThat(landed.select("[data-testid=fix-accepted] a").attr("href")).endsWith("/sellout/reports/" + id);
	}

	@Test
	void aProductMappedOnOneReportAcceptsItsLinesInEveryReportAndTheNoticeNamesThem() {
		long april = upload("gamma.manager", "apr-2011.csv",
				SalesFile.create().sale("04.04.2011", "ZZ-GUARDS-2", 1, "900").bytes(), "2011-04");
		long may = upload("gamma.manager", "may-2011.csv",
				SalesFile.create()
					.sale("04.05.2011", "ZZ-GUARDS-2", 1, "900")
					.sale("05.05.2011", "ZZ-GUARDS-2", 2, "1800")
					.bytes(),
				"2011-05");
		PortalHttp gamma = browser().loggedInAs("gamma.manager", "demo");

		HttpResponse<String> mapped = PageForm.on(gamma, fixPage(april, 2), "[data-testid=map-product] form")
			.fill("otherSku", "EL-20045")
			.submit();

		assertThat(mapped.headers().firstValue("Location").orElseThrow())
			.endsWith("/sellout/reports/" + april + "?lines=EXCEPTIONS");
		Document report = Jsoup.parse(gamma.get("/sellout/reports/" + april + "?lines=EXCEPTIONS").body());
		assertThat(report.select("[data-testid=fix-accepted]").text())
			.isEqualTo("Принято строк: 3 — в отчёте № " + april + ": 1, в отчёте № " + may + ": 2.");
		assertThat(exceptions("gamma.manager", may)).isZero();
	}

	private long upload(String login, String name, byte[] file, String period) {
		JsonNode report = SellOutApi.json(new SellOutApi(browser()).upload(login, name, file, period));
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		return report.path("id").asLong();
	}

	private int exceptions(String login, long id) {
		return SellOutApi.json(new SellOutApi(browser()).get(login, "/api/v1/sellout/reports/" + id))
			.path("exceptions")
			.asInt();
	}

	private static String fixPage(long id, int line) {
		return "/sellout/reports/" + id + "/lines/" + line;
	}

	private static Document page(PortalHttp http, long id, int line) {
		HttpResponse<String> page = http.get(fixPage(id, line));
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

}
