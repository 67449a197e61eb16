package com.sellout.portal.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A distributor's manager fixes a mistyped ИНН on the exception's page and sees the
 * report accept the line.
 */
class ExceptionFixBrowserTest extends BrowserTest {

	@Test
	void aManagerCorrectsAnInvalidInnAndTheLineIsAcceptedWithTheReportsTotals() {
		String september = "Дата;Покупатель;ИНН;Регион;Город;Склад;Артикул;Количество;Сумма без НДС\n"
				+ "03.09.2018;ООО \"Щитстрой\";6645390113;Свердловская обл.;Екатеринбург;Основной;EL-20053;2;2610,76\n"
				+ "04.09.2018;ООО \"Комплекттехно\";5406127495;Новосибирская обл.;Новосибирск;Северный;EL-20058;3;6065,97\n";
		String sent = browser()
			.apiUpload("/api/v1/sellout/reports?period=2018-09", "сентябрь.csv",
					september.getBytes(StandardCharsets.UTF_8), "gamma.manager", "demo")
			.body();
		long id = Long.parseLong(sent.replaceAll(".*\"id\":(\\d+).*", "$1"));

		logIn("gamma.manager", "demo");
		open("/sellout/reports/" + id + "?lines=EXCEPTIONS");
		assertThat(page.getByTestId("status")).hasText("Принят с исключениями");
		assertThat(page.getByTestId("accepted-lines")).hasText("1 / 2");
		assertThat(page.getByTestId("amount")).hasText("2 610,76");
		assertThat(page.getByTestId("lines")).containsText("ИНН 5406127495 неверен");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Исправить").setExact(true)).click();

		// only the form that fixes an ИНН is open, holding the value as received
		assertThat(page.getByTestId("fix-value")).hasCount(1);
		assertThat(page.getByTestId("map-product")).hasCount(0);
		assertThat(page.getByTestId("add-alias")).hasCount(0);
		assertThat(page.getByTestId("correct-value").getByLabel("Новое значение")).not().isVisible();
		assertThat(page.getByTestId("fix-value").getByLabel("ИНН покупателя")).hasValue("5406127495");
		page.getByTestId("fix-value").getByLabel("ИНН покупателя").fill("5406127494");
		screenshot("1-corrected");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить и перепроверить")).click();

		assertThat(page.getByTestId("status")).hasText("Принят");
		assertThat(page.getByTestId("accepted-lines")).hasText("2 / 2");
		assertThat(page.getByTestId("amount")).hasText("8 676,73");
		assertThat(page.getByTestId("lines").locator("tbody tr")).hasCount(0);
		screenshot("2-accepted");
		open("/sellout/reports/" + id + "?lines=ACCEPTED");
		assertThat(page.getByTestId("lines")).containsText("5406127494");
		assertThat(page.getByTestId("lines")).containsText("EL-20058");
	}

}
