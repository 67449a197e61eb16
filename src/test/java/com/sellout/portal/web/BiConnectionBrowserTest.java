package com.sellout.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distributor's manager and the manufacturer's analyst open «Подключение BI» on a
 * desktop and on a phone, download the Power BI and Excel files and find the feed's
 * address in them; the distributor issues a BI key on its profile from the page's link.
 */
class BiConnectionBrowserTest extends BrowserTest {

	@Test
	void aDistributorConnectsPowerBiAndExcel() throws IOException {
		logIn("gamma.manager", "demo");
		page.setViewportSize(1440, 900);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Подключение BI")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Подключение BI"))).isVisible();
		assertThat(page.getByTestId("bi-feed-url")).hasValue(baseUrl() + "/odata/");
		assertThat(page.getByTestId("bi-feed")).containsText("Гамма Энерго");
		screenshot("1440-distributor");
		assertDownloadsPointAtTheFeed("gamma");

		page.setViewportSize(390, 844);
		page.reload();
		assertThat(page.getByTestId("bi-download-pbids")).isVisible();
		screenshot("390-distributor");
		assertDownloadsPointAtTheFeed("gamma");

		page.getByTestId("bi-issue-key").click();
		page.getByTestId("bi-key-form").getByLabel("Название").fill("Power BI, дашборд закупок");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выпустить ключ")).click();
		assertThat(page.getByTestId("new-bi-key")).containsText("sobi_");
		assertThat(page.getByTestId("bi-keys")).containsText("Power BI, дашборд закупок");
		screenshot("390-key-issued");
		page.setViewportSize(1440, 900);
		screenshot("1440-key-issued");
	}

	@Test
	void theManufacturerConnectsToEveryDistributor() throws IOException {
		logIn("analyst", "demo");
		page.setViewportSize(1440, 900);
		open("/bi");
		assertThat(page.getByTestId("bi-feed")).containsText("Данные всех дистрибьюторов");
		screenshot("1440-manufacturer");
		assertDownloadsPointAtTheFeed("all");

		page.setViewportSize(390, 844);
		page.reload();
		screenshot("390-manufacturer");
		assertDownloadsPointAtTheFeed("all");
	}

	private void assertDownloadsPointAtTheFeed(String scope) throws IOException {
		String feed = baseUrl() + "/odata/";
		Download pbids = page.waitForDownload(() -> page.getByTestId("bi-download-pbids").click());
		assertThat(pbids.suggestedFilename()).isEqualTo("sellout-portal-" + scope + ".pbids");
		assertThat(Files.readString(pbids.path(), StandardCharsets.UTF_8)).contains("\"protocol\":\"odata\"",
				"\"url\":\"" + feed + "\"");
		Download odc = page.waitForDownload(() -> page.getByTestId("bi-download-odc").click());
		assertThat(odc.suggestedFilename()).isEqualTo("sellout-portal-" + scope + ".odc");
		assertThat(Files.readString(odc.path(), StandardCharsets.UTF_8)).contains("odc:Type=\"DATAFEED\"",
				"Data Source=" + feed + ";");
	}

}
