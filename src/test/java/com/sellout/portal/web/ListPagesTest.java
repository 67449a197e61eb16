package com.sellout.portal.web;

import java.net.http.HttpResponse;

import com.sellout.portal.support.GetForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pager of a list as a person uses it, through what the page renders: the page size
 * chosen, then a page typed in — both keeping the list's filters — and the language
 * switch keeping the page's query.
 */
class ListPagesTest extends PortalTest {

	private static final String ACTOR = "beta.admin";

	@Test
	void thePageSizeAndThePageJumpKeepTheFilters() {
		PortalHttp admin = loggedLogins();
		GetForm filters = GetForm.of(page(admin, "/admin/audit"), "form[role=search]");
		filters.fill("actor", ACTOR);
		Document filtered = page(admin, filters.address());
		long total = total(filtered);
		assertThat(total).as("the logins made above").isGreaterThanOrEqualTo(30);

		GetForm size = GetForm.of(filtered, "form[data-testid=page-size]");
		assertThat(size.value("actor")).as("the size form keeps the filter").isEqualTo(ACTOR);
		size.choose("size", "25");
		Document sized = page(admin, size.address());
		assertThat(sized.select("[data-testid=pager] > span").first().text()).isEqualTo("Показаны 1–25 из " + total);
		assertThat(sized.select("table.data tbody tr")).hasSize(25);
		assertThat(sized.select("select[name=size] option[selected]").text()).isEqualTo("25");
		assertThat(sized.select("form[role=search] input[name=actor]").val()).isEqualTo(ACTOR);

		GetForm jump = GetForm.of(sized, "form[data-testid=page-jump]");
		assertThat(jump.value("pageNo")).isEqualTo("1");
		assertThat(sized.select("form[data-testid=page-jump]").text()).contains("Страница")
			.contains("из " + ((total + 24) / 25));
		jump.fill("pageNo", "2");
		Document second = page(admin, jump.address());
		assertThat(second.select("[data-testid=pager] > span").first().text())
			.isEqualTo("Показаны 26–" + Math.min(50, total) + " из " + total);
		assertThat(second.select("form[role=search] input[name=actor]").val()).isEqualTo(ACTOR);
		assertThat(second.select("select[name=size] option[selected]").text()).isEqualTo("25");
		assertThat(second.select("form[data-testid=page-jump] input[name=pageNo]").val()).isEqualTo("2");
		String previous = second.select("[data-testid=pager] a").first().attr("href");
		assertThat(previous).contains("actor=beta.admin").contains("size=25").contains("page=0");

		GetForm nonsense = GetForm.of(second, "form[data-testid=page-jump]").fill("pageNo", "два");
		HttpResponse<String> first = admin.get(nonsense.address());
		assertThat(first.statusCode()).as("a page number that is none opens the first page").isEqualTo(200);
		assertThat(Jsoup.parse(first.body()).select("[data-testid=pager] > span").first().text())
			.startsWith("Показаны 1–25 из");
	}

	@Test
	void theLanguageSwitchKeepsTheFiltersOfTheList() {
		PortalHttp admin = loggedLogins();
		GetForm filters = GetForm.of(page(admin, "/admin/audit"), "form[role=search]");
		filters.fill("actor", ACTOR);
		GetForm size = GetForm.of(page(admin, filters.address()), "form[data-testid=page-size]");
		size.choose("size", "25");
		GetForm jump = GetForm.of(page(admin, size.address()), "form[data-testid=page-jump]").fill("pageNo", "2");
		Document second = page(admin, jump.address());
		try {
			String english = second.select(".topbar a[hreflang=en]").attr("href");
			assertThat(english).contains("actor=beta.admin").contains("size=25").contains("lang=en");
			Document inEnglish = page(admin, english);
			assertThat(inEnglish.select("html").attr("lang")).isEqualTo("en");
			assertThat(inEnglish.select("form[role=search] input[name=actor]").val()).isEqualTo(ACTOR);
			assertThat(inEnglish.select("[data-testid=pager] > span").first().text()).startsWith("Showing 26–");
			assertThat(inEnglish.select(".topbar a[hreflang=en]").attr("href")).as("one lang, not two")
				.containsOnlyOnce("lang=");
			Document back = page(admin, inEnglish.select(".topbar a[hreflang=ru]").attr("href"));
			assertThat(back.select("html").attr("lang")).isEqualTo("ru");
			assertThat(back.select("[data-testid=pager] > span").first().text()).startsWith("Показаны 26–");
		}
		finally {
			admin.get("/admin/audit?lang=ru"); // the administrator's language is kept
		}
	}

	@Test
	void aDateFilterTakesДДММГГГГAndRefusesNonsenseSayingHow() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		GetForm filters = GetForm.of(page(admin, "/admin/audit"), "form[role=search]");
		filters.fill("actor", ACTOR).fill("from", "01.01.2000").fill("to", "2099-12-31");
		Document found = page(admin, filters.address());
		assertThat(found.select("#audit-from").val()).isEqualTo("01.01.2000");
		assertThat(found.select("#audit-to").val()).as("an old link's ISO date, shown as people write it")
			.isEqualTo("31.12.2099");
		assertThat(found.select("table.data tbody tr")).isNotEmpty();

		GetForm future = GetForm.of(found, "form[role=search]").fill("from", "01.01.2099");
		Document none = page(admin, future.address());
		assertThat(none.select("[data-testid=empty]").text()).contains("Под выбранные фильтры ничего не подходит");
		assertThat(none.select("[data-testid=reset-filters]").attr("href")).isEqualTo("/admin/audit");

		HttpResponse<String> nonsense = admin
			.get(GetForm.of(found, "form[role=search]").fill("from", "31.02.2026").address());
		assertThat(nonsense.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(nonsense.body()).select("[data-testid=refusal]").text())
			.isEqualTo("«31.02.2026» — не дата. Укажите дату в виде ДД.ММ.ГГГГ, например 03.12.2026.");
	}

	/** The administrator, after {@value #ACTOR} logged in 30 times. */
	private PortalHttp loggedLogins() {
		for (int i = 0; i < 30; i++) {
			browser().loggedInAs(ACTOR, "demo");
		}
		return browser().loggedInAs("admin", "demo");
	}

	private static long total(Document page) {
		String shown = page.select("[data-testid=pager] > span").first().text();
		return Long.parseLong(shown.substring(shown.lastIndexOf(' ') + 1).replaceAll("\\D", ""));
	}

	private static Document page(PortalHttp http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
