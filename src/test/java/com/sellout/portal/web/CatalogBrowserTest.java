package com.sellout.portal.web;

import java.nio.charset.Charset;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class CatalogBrowserTest extends BrowserTest {

	private static final String FILE = String.join("\r\n",
			"Артикул;Наименование;Товарная группа;Ед. изм.;Штрихкод;Цена;Минимальная цена",
			"BR-001;Выключатель двухклавишный;Розетки и выключатели / Серия Neo;шт;4609990000029;310,00;250,00",
			"BR-002;Выключатель проходной;Розетки и выключатели / Серия Neo;шт;1234567890123;320,00;260,00",
			";Без артикула;Розетки и выключатели;шт;;1;", "");

	@Test
	void theAdministratorImportsACatalogFileAndReadsTheResult() {
		logIn("admin", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Каталог").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Загрузить из файла")).click();
		page.getByLabel("Файл")
			.setInputFiles(
					new FilePayload("прайс-лист.csv", "text/csv", FILE.getBytes(Charset.forName("windows-1251"))));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить")).click();

		assertThat(page.getByTestId("import-added")).hasText("2");
		assertThat(page.getByTestId("import-skipped")).hasText("1");
		assertThat(page.getByTestId("import-warnings")).hasText("1");
		assertThat(page.locator("table.data")).containsText("Неверный штрихкод «1234567890123»");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Скачать построчный результат")))
			.isVisible();
		screenshot("1-import-result");

		open("/catalog?q=BR-00");
		assertThat(page.locator("table.data tbody tr")).hasCount(2);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("BR-001")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Выключатель двухклавишный")))
			.isVisible();
		assertThat(page.locator(".card").last()).containsText("250,00");
		screenshot("2-product-card");
	}

	@Test
	void aDistributorBrowsesTheCatalogReadOnly() {
		logIn("gamma.manager", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Каталог").setExact(true)).click();
		// htmx must be listening before the user types (it loads with the page)
		page.waitForURL(Pattern.compile(".*/catalog$"));
		page.waitForLoadState(LoadState.LOAD);
		page.getByPlaceholder("Поиск: артикул, название, штрихкод").fill("Neo-13");
		// htmx replaces the table as the user types
		assertThat(page.locator("table.data tbody tr")).hasCount(1);
		assertThat(page.locator("table.data tbody")).containsText("EL-10013");
		assertThat(page).hasURL(Pattern.compile(".*q=Neo-13.*"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Новый товар"))).hasCount(0);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Нижние границы цен")))
			.hasCount(0);
		screenshot("catalog-as-distributor");
	}

}
