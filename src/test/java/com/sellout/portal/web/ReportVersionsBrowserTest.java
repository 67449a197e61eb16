package com.sellout.portal.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A distributor's administrator changes which version of a month counts from the report
 * card, and the sell-out data view follows: an earlier version made current again, a
 * report withdrawn.
 */
class ReportVersionsBrowserTest extends BrowserTest {

	private static final String HEADER = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n";

	@Test
	void anAdministratorMakesAnEarlierVersionCurrentAndTheDataFollow() {
		String first = HEADER + "03.03.2015;ООО \"Щитстрой\";6645390113;EL-10001;2;1480,88\n";
		String second = first + "04.03.2015;ООО \"Комплекттехно\";5406127494;EL-10002;1;1496,43\n";
		long v1 = send("март.csv", first, "2015-03");

		logIn("alfa.admin", "demo");
		open("/sellout/upload");
		page.locator("select[name='period.month']").selectOption("03");
		page.locator("select[name='period.year']").selectOption("2015");
		page.locator("#files")
			.setInputFiles(
					new FilePayload("март-исправленный.csv", "text/csv", second.getBytes(StandardCharsets.UTF_8)));
		Locator row = page.locator("#upload-rows tr.result");
		assertThat(row).hasCount(1);
		assertThat(row.getByTestId("period")).hasText("Март 2015");
		assertThat(row.getByTestId("replaced")).hasText("Заменил отчёт №" + v1
				+ " (принято строк: 1, сумма без НДС: 1 480,88); разница: строк +1, сумма +1 496,43");
		screenshots("0-uploaded");
		String opened = row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Открыть"))
			.getAttribute("href");
		long v2 = Long.parseLong(opened.substring(opened.lastIndexOf('/') + 1));

		showData("2015-03");
		assertThat(page.getByTestId("total-lines")).hasText("2");
		assertThat(page.getByTestId("total-amount")).hasText("2 977,31");

		open("/sellout/reports/" + v2);
		assertThat(page.getByTestId("replaced")).containsText("Заменил отчёт №" + v1);
		page.getByTestId("replaced").scrollIntoViewIfNeeded();
		page.locator("table.data tr", new Page.LocatorOptions().setHasText("март.csv"))
			.getByRole(AriaRole.LINK)
			.first()
			.click();
		assertThat(page.getByTestId("status").first()).hasText("Заменён");
		assertThat(page.getByTestId("version-banner")).containsText("Эта версия заменена");
		assertThat(page.getByTestId("current-version")).hasText("Открыть текущую версию (v2)");
		screenshots("1-superseded");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сделать текущей")).click();

		assertThat(page.getByTestId("version-change")).hasText("Версия 1 снова текущая; версия 2 заменена.");
		assertThat(page.getByTestId("status").first()).hasText("Принят");
		assertThat(page.getByTestId("version-banner")).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отозвать"))).isVisible();
		screenshots("2-restored");
		showData("2015-03");
		assertThat(page.getByTestId("total-lines")).hasText("1");
		assertThat(page.getByTestId("total-amount")).hasText("1 480,88");
		assertThat(page.getByTestId("data")).not().containsText("EL-10002");
		screenshots("3-data");
	}

	@Test
	void anAdministratorWithdrawsAReportAndTheDataLoseItsLines() {
		long report = send("апрель.csv", HEADER + "03.04.2015;ООО \"Щитстрой\";6645390113;EL-10003;1;1340,90\n"
				+ "04.04.2015;ООО \"Комплекттехно\";5406127494;EL-10004;2;1992,40\n", "2015-04");

		logIn("alfa.admin", "demo");
		showData("2015-04");
		assertThat(page.getByTestId("total-lines")).hasText("2");
		assertThat(page.getByTestId("data")).containsText("EL-10004");

		open("/sellout/reports/" + report);
		assertThat(page.getByTestId("status").first()).hasText("Принят");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отозвать")).click();
		assertThat(page.getByTestId("version-change")).containsText("Версия 1 отозвана");
		assertThat(page.getByTestId("status").first()).hasText("Отозван");
		assertThat(page.getByTestId("version-banner")).containsText("Текущего отчёта за период нет.");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сделать текущей"))).isVisible();
		screenshots("1-withdrawn");

		showData("2015-04");
		assertThat(page.getByTestId("total-lines")).hasText("0");
		assertThat(page.getByTestId("total-amount")).hasText("0,00");
		assertThat(page.getByTestId("data")).not().containsText("EL-10004");
		screenshots("2-data");
	}

	private long send(String name, String csv, String period) {
		String body = browser()
			.apiUpload("/api/v1/sellout/reports?period=" + period, name, csv.getBytes(StandardCharsets.UTF_8),
					"alfa.manager", "demo")
			.body();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
	}

	private void showData(String period) {
		open("/sellout/data?from=" + period + "&to=" + period);
	}

	/** The page as people see it on a desktop (1440 px) and on a phone (390 px). */
	private void screenshots(String step) {
		page.setViewportSize(1440, 900);
		screenshot(step + "-1440");
		page.setViewportSize(390, 844);
		screenshot(step + "-390");
		page.setViewportSize(1440, 900);
	}

}
