package com.sellout.portal.projects;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projects' pages as people use them, each step submitting what the page rendered:
 * ALFA's manager registers a project through the form (a draft first, refused fields
 * named, then submitted) and attaches a file; BETA's manager registers the same object
 * and its pages, list, export and files hold nothing of ALFA's (404 for ALFA's page and
 * file); the manufacturer sees the conflict side by side, rejects without a reason
 * (refused), approves ALFA's from BETA's page and rejects BETA's; ALFA marks its project
 * won with the page's button.
 */
class ProjectPagesTest extends PortalTest {

	private static final String OBJECT = "Гипермаркет Прибрежный на Набережной";

	private static final String AMOUNT = "4 321 987,65";

	private PageForm newProject(PortalHttp http, String inn, String object, String address) {
		return PageForm.on(http, "/projects/new", "[data-testid=project-form]")
			.fill("clientInn", inn)
			.fill("clientName", "ООО Прибрежное")
			.fill("object", object)
			.fill("address", address)
			.choose("regionCode", "Приморский край")
			.fill("tenderDate", "15.01.2031")
			.fill("deliveryDate", "01.06.2031")
			.fill("amount", AMOUNT)
			.fill("competitors", "Schneider")
			.fill("sku_0", "EL-10004")
			.fill("quantity_0", "300");
	}

	/** A page's text with its no-break spaces (in numbers) as plain ones. */
	private static String text(HttpResponse<String> page) {
		return page.body().replaceAll("[\\u00a0\\u202f]", " ");
	}

	private static long idOf(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceFirst("^.*/projects/(\\d+).*$", "$1"));
	}

	@Test
	void twoDistributorsRegisterOneObjectAndOnlyTheManufacturerSeesTheConflict() {
		String inn = ProjectFixture.newInn();
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		HttpResponse<String> refused = newProject(alfa, inn, OBJECT, "г. Владивосток, ул. Набережная, д. 10")
			.fill("sku_1", "NO-SUCH")
			.fill("quantity_1", "0")
			.press("Сохранить черновик")
			.submit();
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Такого артикула нет в каталоге.",
				"Количество — число больше нуля (до трёх знаков после запятой).", OBJECT);
		long alfaId = idOf(PageForm.in(alfa, refused, "/projects", "[data-testid=project-form]")
			.fill("sku_1", "")
			.fill("quantity_1", "")
			.press("Сохранить черновик")
			.submit());
		String draft = text(alfa.get("/projects/" + alfaId));
		assertThat(draft).contains("Черновик", "4 321 987,65", "Приморский край");
		assertThat(PageForm.on(alfa, "/projects/" + alfaId, "form[action$=/submit]").submit().statusCode())
			.isEqualTo(302);
		assertThat(alfa.get("/projects/" + alfaId).body()).contains("На рассмотрении");
		HttpResponse<String> uploaded = PageForm.on(alfa, "/projects/" + alfaId, "form[action$=/attachments]")
			.upload("смета.csv", "Артикул;Количество\nEL-10004;300\n".getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String file = Jsoup.parse(alfa.get("/projects/" + alfaId).body())
			.selectFirst("a[data-testid=project-file]")
			.attr("href");
		assertThat(alfa.download(file).statusCode()).isEqualTo(200);

		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");
		long betaId = idOf(
				newProject(beta, inn, "Торговый комплекс у моря", "Владивосток Набережная 10").fill("amount", "1000")
					.press("Отправить на рассмотрение")
					.submit());
		for (String path : new String[] { "/projects/" + betaId, "/projects", "/projects?status=ON_REVIEW",
				"/projects?q=Прибрежный", "/projects/export.csv", "/projects/" + betaId + "?lang=en" }) {
			HttpResponse<String> page = beta.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(text(page)).as(path)
				.doesNotContain(OBJECT, "Альфа Электро", "4 321 987", "4321987", "Конфликт", "Conflict");
		}
		assertThat(beta.get("/projects/" + betaId + "?lang=en").body()).contains("On review", "Products");
		// the language chosen is the person's: back to Russian for the other tests
		assertThat(beta.get("/projects/" + betaId + "?lang=ru").body()).contains("На рассмотрении");
		assertThat(beta.get("/projects/" + alfaId).statusCode()).isEqualTo(404);
		assertThat(beta.get("/projects/" + alfaId + "/edit").statusCode()).isEqualTo(404);
		assertThat(beta.download(file).statusCode()).isEqualTo(404);

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String seen = text(admin.get("/projects/" + betaId));
		assertThat(seen).contains("Конфликт", OBJECT, "Альфа Электро", "Тот же клиент и адрес", "4 321 987,65");
		assertThat(admin.get("/projects?q=Прибрежный").body()).contains("Конфликтов: 1");
		HttpResponse<String> noReason = PageForm
			.on(admin, "/projects/" + betaId, "[data-testid=project-decision][data-id=" + betaId + "]")
			.press("Отклонить")
			.submit();
		assertThat(
				admin.get(noReason.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
					.body())
			.contains("Укажите причину отказа.");
		PageForm.on(admin, "/projects/" + betaId, "[data-testid=project-decision][data-id=" + alfaId + "]")
			.press("Одобрить")
			.submit();
		PageForm.on(admin, "/projects/" + betaId, "[data-testid=project-decision][data-id=" + betaId + "]")
			.fill("comment", "Объект зарегистрирован ранее")
			.press("Отклонить")
			.submit();
		assertThat(beta.get("/projects/" + betaId).body()).contains("Отклонён", "Объект зарегистрирован ранее")
			.doesNotContain(OBJECT);
		assertThat(alfa.get("/projects/" + alfaId).body()).contains("Одобрен", "Защищён до");

		HttpResponse<String> won = PageForm
			.on(alfa, "/projects/" + alfaId, "[data-testid=project-outcome] form:has(input[value=WON])")
			.submit();
		assertThat(won.statusCode()).isEqualTo(302);
		String after = alfa.get("/projects/" + alfaId).body();
		assertThat(after).contains("Выигран", "Поставлено");
		assertThat(admin.get("/projects/export.csv?q=Прибрежный").body()).contains(OBJECT, "ALFA");
	}

}
