package com.sellout.portal.inventory;

import java.time.LocalDate;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.inventory.InventoryFixture.Sale;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side on what the calculation made of real deliveries — stock reports through
 * the stock API, sell-in through the sell-in API, sell-out through the sell-out API — in
 * 2045, with a distributor of its own: the API shows the roll-forward's figures, and the
 * page's figures lead to the stock report, the sell-in document and the sell-out line
 * they came from.
 */
class ChannelInventoryFromRealDataTest extends PortalTest {

	private static final String SKU = "EL-10001";

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Test
	void theFiguresOfRealDeliveriesAndWhereEachComesFrom() {
		InventoryFixture fixture = new InventoryFixture(this::browser, jdbc, transactions);
		Distributor d = asSystem(() -> InventoryFixture.distributor(distributors, users, "INV45", 16_445));
		fixture.stock("INV45", LocalDate.of(2045, 1, 31), SKU, 20);
		fixture.sellIn("INV45", "INV45-1", "2045-02-10", SKU, 30);
		fixture.sellOut("INV45", "2045-02", new Sale("2045-02-14", SKU, 15));
		long february = fixture.stock("INV45", LocalDate.of(2045, 2, 28), SKU, 33);

		JsonNode row = SellOutApi.JSON
			.readTree(browser()
				.api("/api/v1/channel-inventory?distributor=INV45&period=2045-02&sku=" + SKU, "admin", "demo")
				.body())
			.path("rows")
			.get(0);
		assertThat(row.path("openingSource").asString()).isEqualTo("REPORTED");
		assertThat(row.path("opening").decimalValue()).isEqualByComparingTo("20");
		assertThat(row.path("sellIn").decimalValue()).isEqualByComparingTo("30");
		assertThat(row.path("sellOut").decimalValue()).isEqualByComparingTo("15");
		assertThat(row.path("calculatedClosing").decimalValue()).isEqualByComparingTo("35");
		assertThat(row.path("reportedClosing").decimalValue()).isEqualByComparingTo("33");
		assertThat(row.path("gap").decimalValue()).isEqualByComparingTo("-2");
		assertThat(row.path("gapValue").decimalValue()).as("at EL-10001's list price 740.44")
			.isEqualByComparingTo("-1480.88");

		PortalHttp own = browser().loggedInAs(InventoryFixture.admin("INV45"), "demo");
		Document page = Jsoup.parse(own.get("/inventory?period=2045-02&q=" + SKU).body(), "http://portal/");
		Element line = page.selectFirst("tr[data-sku=" + SKU + "]");
		assertThat(line).as(page.text()).isNotNull();
		assertThat(line.selectFirst("[data-figure=reported] a").attr("href"))
			.isEqualTo("/sellout/stock-reports/" + february + "?sku=" + SKU);
		String sellIn = line.selectFirst("[data-figure=sell-in] a").attr("href");
		assertThat(own.get(sellIn).body()).as(sellIn).contains("INV45-1");
		String sellOut = line.selectFirst("[data-figure=sell-out] a").attr("href");
		assertThat(own.get(sellOut).body()).as(sellOut).contains("14.02.2045");
		assertThat(d.code()).isEqualTo("INV45");
	}

}
