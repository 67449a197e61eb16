package com.sellout.portal.web;

import java.nio.charset.Charset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import com.sellout.portal.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A distributor's administrator drops a 1C report grouped by client and product whose
 * title names a quarter: the mapping page shows the grouping and the lines as they will
 * be read, the person chooses the month, and the report is read with no column touched.
 */
class GroupedReportBrowserTest extends BrowserTest {

	@Test
	void aGroupedReportForAQuarterIsReadOnceThePersonChoosesTheMonth() {
		logIn("beta.admin", "demo");
		open("/sellout/upload");
		String file = "Валовая прибыль\nПериод: 01.01.2022 - 31.03.2022\n\n"
				+ "Контрагент / Номенклатура;ИНН;Артикул;Количество;Сумма с НДС\n"
				+ "\"ООО \"\"Щитстрой\"\"\";6645390113;;3;5400\n" + "Розетка бежевый серия Neo-1;;EL-10001;2;2400\n"
				+ "Розетка бежевый серия Neo-2;;EL-10002;1;3000\n" + "Итого;;;3;5400\n";
		page.locator("#files")
			.setInputFiles(new FilePayload("kvartal.csv", "text/csv", file.getBytes(Charset.forName("windows-1251"))));
		assertThat(page.locator("#upload-rows tr.result")).hasCount(1);
		page.locator("#upload-rows tr.result")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Подтвердить сопоставление"))
			.click();
		assertThat(page.getByTestId("waiting-for")).containsText("период длиннее месяца");
		assertThat(page.getByTestId("grouping")).containsText("Покупатель → Номенклатура");
		Locator preview = page.getByTestId("preview");
		assertThat(preview.locator("tbody tr")).hasCount(2); // the client's row is a
																// group, «Итого» no line
		assertThat(preview.locator("tbody tr").first()).containsText("ООО \"Щитстрой\"");
		assertThat(preview.locator("tbody tr").first()).containsText("EL-10001");
		screenshot("grouped-1-mapping");

		page.locator("select[name='period.year']").selectOption("2022");
		page.locator("select[name='period.month']").selectOption("02");
		assertThat(preview.locator("tbody tr").first()).containsText("2022-02-28");
		page.locator("#mapping")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Подтвердить и обработать"))
			.click();
		assertThat(page.getByTestId("status")).hasText("Принят");
		assertThat(page.getByTestId("accepted-lines")).hasText("2 / 2");
		assertThat(page.getByTestId("amount")).hasText("4 500,00"); // 2400 / 1.2 + 3000 /
																	// 1.2: VAT was 20 %
																	// in 2022
		assertThat(page.getByTestId("lines")).containsText("28.02.2022");
		screenshot("grouped-2-report");

		// the template remembers the grouping; saving its form as rendered keeps it
		page.locator("a[href^='/sellout/templates/']").first().click();
		assertThat(page.getByTestId("template-grouping")).hasText("Покупатель → Номенклатура");
		page.getByLabel("Артикул").selectOption(new SelectOption().setLabel("Код товара дистрибьютора"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить")).click();
		assertThat(page.locator(".notice.ok")).hasText("Шаблон сохранён.");
		assertThat(page.getByTestId("template-grouping")).hasText("Покупатель → Номенклатура");
		screenshot("grouped-3-template");
		String template = page.url().replaceFirst(".*/sellout/templates/", "");
		String layout = asSystem(() -> jdbc.sql("select layout::text from sellout_templates where id = ?")
			.param(Long.parseLong(template))
			.query(String.class)
			.single());
		Assertions.assertThat(layout)
			.contains("\"grouping\"")
			.contains("\"quantity\"")
			.contains("\"distributor_sku\"")
			.contains("\"client_inn\"");
	}

}
