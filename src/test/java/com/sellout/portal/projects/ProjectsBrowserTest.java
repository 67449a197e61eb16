package com.sellout.portal.projects;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import com.sellout.portal.support.Accessibility;
import com.sellout.portal.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deal registration in Chromium: ALFA's manager registers a project through the form,
 * BETA's manager registers the same object (the same ИНН, the address typed otherwise)
 * and sees only «На рассмотрении» and nothing of ALFA's, the manufacturer opens ALFA's
 * project, sees BETA's beside it, approves ALFA's and rejects BETA's with a reason; then
 * ALFA's manager makes a commercial proposal from the project and downloads its PDF.
 * Screenshots of the form and of the conflict at 1440 and 390 px in target/screenshots.
 */
class ProjectsBrowserTest extends BrowserTest {

	private static final String ALFA_OBJECT = "Апарт-отель Маяк на Светланской";

	private static final String BETA_OBJECT = "Гостиница у Золотого моста";

	private long register(String login, String inn, String object, String address, String amount) {
		page.context().clearCookies();
		logIn(login, "demo");
		page.waitForURL(url -> !url.contains("/login"));
		open("/projects");
		page.getByTestId("project-new").click();
		page.waitForLoadState(LoadState.LOAD);
		page.getByLabel("ИНН клиента *").fill(inn);
		page.getByLabel("Наименование клиента").fill("ООО Маяк");
		page.getByLabel("Объект *").fill(object);
		page.getByLabel("Адрес объекта *").fill(address);
		page.getByLabel("Регион *").selectOption(new SelectOption().setLabel("Приморский край"));
		page.locator("#p-delivery").fill("01.09.2031");
		page.getByLabel("Ориентировочная сумма, ₽ без НДС").fill(amount);
		page.getByLabel("Артикул, строка 1").fill("EL-10005");
		page.getByLabel("Количество, строка 1").fill("40");
		screenshot(login + "-form");
		page.getByTestId("project-submit").click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("project-status")).hasText("На рассмотрении");
		return Long.parseLong(page.url().replaceFirst("^.*/projects/(\\d+).*$", "$1"));
	}

	@Test
	void theSameObjectFromTwoDistributorsIsResolvedByTheManufacturerAndTheWinnerMakesAProposal() throws IOException {
		String inn = ProjectFixture.newInn();
		long alfa = register("alfa.manager", inn, ALFA_OBJECT, "г. Владивосток, ул. Светланская, д. 1", "7 654 321");
		long beta = register("beta.manager", inn, BETA_OBJECT, "Владивосток Светланская 1", "100");
		assertThat(page.locator("main")).not().containsText(ALFA_OBJECT);
		assertThat(page.locator("main")).not().containsText("Конфликт");
		open("/projects");
		assertThat(page.getByTestId("project-list")).containsText(BETA_OBJECT);
		assertThat(page.getByTestId("project-list")).not().containsText(ALFA_OBJECT);
		assertThat(page.locator("[data-testid=project-conflicts]")).hasCount(0);

		page.context().clearCookies();
		logIn("admin", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		open("/projects?q=" + "Маяк");
		Locator row = page.locator("tr[data-id='" + alfa + "']");
		assertThat(row.getByTestId("project-conflicts")).hasText("Конфликтов: 1");
		row.getByTestId("project-link").click();
		page.waitForLoadState(LoadState.LOAD);
		Locator conflict = page.locator("[data-testid=project-conflict][data-id='" + beta + "']");
		assertThat(conflict).containsText(BETA_OBJECT);
		assertThat(conflict).containsText("Тот же клиент и адрес");
		assertThat(page.getByTestId("project-details")).containsText("Альфа Электро");
		screenshot("conflict-1440");
		page.setViewportSize(390, 844);
		screenshot("conflict-390");
		assertThat(Accessibility.sidewaysOverflow(page)).as("no sideways scroll at 390 px").isLessThanOrEqualTo(0);
		page.setViewportSize(1440, 900);

		page.locator("[data-testid=project-decision][data-id='" + alfa + "']")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Одобрить «" + ALFA_OBJECT + "»"))
			.click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Проект одобрен");
		assertThat(page.getByTestId("project-status")).hasText("Одобрен");
		Locator betaDecision = page.locator("[data-testid=project-decision][data-id='" + beta + "']");
		betaDecision.getByLabel("Комментарий к решению по «" + BETA_OBJECT + "»")
			.fill("Объект уже зарегистрирован другим дистрибьютором");
		betaDecision
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Отклонить «" + BETA_OBJECT + "»"))
			.click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Проект отклонён");
		assertThat(page.locator("[data-testid=project-conflict]")).hasCount(0);

		page.context().clearCookies();
		logIn("beta.manager", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		open("/projects/" + beta);
		assertThat(page.getByTestId("project-status")).hasText("Отклонён");
		assertThat(page.getByTestId("project-reason")).containsText("Объект уже зарегистрирован другим дистрибьютором");
		assertThat(page.locator("main")).not().containsText(ALFA_OBJECT);
		screenshot("rejected-beta");
		Page.NavigateOptions none = new Page.NavigateOptions();
		assertThat(page.navigate(baseUrl() + "/projects/" + alfa, none).status()).isEqualTo(404);

		page.context().clearCookies();
		logIn("alfa.manager", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		open("/projects/" + alfa);
		page.getByTestId("project-quote").click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("quote-project")).isVisible();
		assertThat(page.getByLabel("ИНН клиента *")).hasValue(inn);
		assertThat(page.locator("input[name=sku_0]")).hasValue("EL-10005");
		assertThat(page.locator("input[name=quantity_0]")).hasValue("40");
		screenshot("quote-from-project");
		page.getByTestId("quote-save").click();
		page.waitForLoadState(LoadState.LOAD);
		String number = page.getByTestId("quote-number").textContent().replaceAll(".* ", "");
		assertThat(number).startsWith("КП-ALFA-");
		assertThat(page.getByTestId("quote-from-project")).hasText("По проекту «" + ALFA_OBJECT + "»");
		Download download = page.waitForDownload(() -> page.getByTestId("quote-pdf").click());
		assertThat(download.suggestedFilename()).isEqualTo(number + "-v1.pdf");
		String text = new PDFTextStripper().getText(Loader.loadPDF(Files.readAllBytes(download.path())));
		assertThat(text).contains(number, "ООО Маяк", inn, "EL-10005");
	}

}
