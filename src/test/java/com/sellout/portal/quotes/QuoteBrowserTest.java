package com.sellout.portal.quotes;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distributor's manager makes a proposal on the page — a line added with «Добавить
 * строку» — and downloads its PDF.
 */
class QuoteBrowserTest extends BrowserTest {

	@Test
	void aManagerMakesAQuoteAndDownloadsItsPdf() throws Exception {
		List<String> sku = asSystem(
				() -> jdbc.sql("select sku from products where active and list_price > 0 order by sku limit 2")
					.query(String.class)
					.list());
		logIn("alfa.manager", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		open("/quotes/new");
		page.getByLabel("ИНН клиента *").fill("7707083893");
		page.getByLabel("Клиент *", new Page.GetByLabelOptions().setExact(true)).fill("ООО «Браузер»");
		page.locator("input[name=sku_0]").fill(sku.get(0));
		page.locator("input[name=quantity_0]").fill("5");
		page.locator("input[name=price_0]").fill("200");
		Locator rows = page.locator("[data-quote-row]");
		assertThat(rows).hasCount(3);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить строку")).click();
		assertThat(rows).hasCount(4);
		page.locator("input[name=sku_3]").fill(sku.get(1));
		page.locator("input[name=quantity_3]").fill("1");
		page.locator("input[name=price_3]").fill("100");
		screenshot("form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Составить предложение")).click();

		page.waitForURL(url -> url.matches(".*/quotes/\\d+$"));
		assertThat(page.getByTestId("quote-number")).containsText("КП-ALFA-");
		assertThat(page.getByTestId("quote-total")).hasText("1 342,00".replace(' ', '\u00a0'));
		assertThat(page.getByTestId("quote-in-words")).hasText("Одна тысяча триста сорок два рубля 00 копеек");
		screenshot("card");
		String number = page.getByTestId("quote-number").textContent().replaceAll(".* ", "");

		Download download = page.waitForDownload(() -> page.getByTestId("quote-pdf").click());
		assertThat(download.suggestedFilename()).isEqualTo(number + "-v1.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(QuotesApiTest.pdfText(pdf)).contains(number, "ООО «Браузер»", sku.get(0), sku.get(1),
				"Одна тысяча триста сорок два рубля 00 копеек");
	}

}
