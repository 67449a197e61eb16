package com.sellout.portal.analytics;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.sellout.portal.analytics.InsightsFixture.Sale;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demand dynamics page over figures sent through the real doors (2065): a group
 * shipped in every month whose sell-out fell by 15 % while the stock its distributor
 * reported rose by 20 % is flagged «Затоваривание», its rule with those figures on hover;
 * a group of another distributor with no stock figures is told only its decline. The
 * channel stock comes from the inventory's API, the sell-in from the catalog's view.
 */
class DemandDynamicsPageTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Test
	void stagnationWithStockAndDeclineWithout() {
		InsightsFixture fixture = new InsightsFixture(this::browser, jdbc, transactions);
		long a = asSystem(() -> InsightsFixture.distributor(distributors, users, "INSA", 9_170_001).id());
		long b = asSystem(() -> InsightsFixture.distributor(distributors, users, "INSB", 9_170_002).id());
		String sku = asSystem(() -> jdbc.sql("""
				select p.sku from catalog_products p join catalog_groups g on g.id = p.group_id
				 where g.name = 'Кабеленесущие системы' and p.active order by p.sku desc limit 1""")
			.query(String.class)
			.single());
		long group = asSystem(() -> jdbc
			.sql("select id from catalog_groups where name = 'Кабеленесущие системы' and parent_id is null")
			.query(Long.class)
			.single());
		String client = TestInns.organisation(9_170_501);
		PortalHttp http = browser();
		for (int month = 1; month <= 6; month++) {
			int sold = month <= 3 ? 100 : 85;
			String period = "2065-0" + month;
			fixture.sellOut("INSA", period,
					List.of(new Sale(period + "-15", client, "ООО Клиент", "77", "RETAIL", sku, sold, BigDecimal.TEN)));
			fixture.sellOut("INSB", period,
					List.of(new Sale(period + "-15", client, "ООО Клиент", "66", "RETAIL", sku, sold, BigDecimal.TEN)));
			HttpResponse<String> sellIn = http.apiSend("POST", "/api/v1/sell-in", """
					{"lines": [{"distributor": "INSA", "document_no": "INS-%d", "date": "%s-05", "sku": "%s",
					            "quantity": 100, "amount": 1000}]}""".formatted(month, period, sku), "admin", "demo");
			assertThat(sellIn.statusCode()).as(sellIn.body()).isEqualTo(200);
		}
		stock(http, "2065-03-31", sku, 1000);
		stock(http, "2065-06-30", sku, 1200);
		awaitInventory();

		Document page = Jsoup.parse(
				browser().loggedInAs("insa.admin", "demo").get("/analytics/dynamics?from=2065-04&to=2065-06").body());
		Element row = page.selectFirst("[data-testid=dynamics-groups] tr[data-group=" + group + "]");
		assertThat(row).isNotNull();
		Element flag = row.selectFirst("[data-flag]");
		assertThat(flag.attr("data-flag")).isEqualTo("STAGNATION");
		assertThat(flag.attr("title")).contains("sell-out 255 против 300")
			.contains("−15\u00a0%, порог 10\u00a0%")
			.contains("1\u00a0200 против 1\u00a0000")
			.contains("+20\u00a0%, порог 10\u00a0%");
		assertThat(page.select("[data-testid=no-stock]")).isEmpty();

		Document other = Jsoup.parse(
				browser().loggedInAs("insb.admin", "demo").get("/analytics/dynamics?from=2065-04&to=2065-06").body());
		Element declined = other.selectFirst("[data-testid=dynamics-groups] tr[data-group=" + group + "] [data-flag]");
		assertThat(declined.attr("data-flag")).isEqualTo("DECLINE");
		assertThat(declined.attr("title")).contains("255 против 300").contains("−15\u00a0%");
		assertThat(other.select("[data-testid=no-stock]")).hasSize(1);
		// B is not shown A's stock, nor A's sell-in
		assertThat(other.selectFirst("[data-testid=dynamics-groups] tr[data-group=" + group + "]").text())
			.doesNotContain("1 200");
		assertThat(a).isNotEqualTo(b);
	}

	private void stock(PortalHttp http, String asOf, String sku, int quantity) {
		String json = "{\"kind\": \"stock\", \"as_of\": \"" + asOf + "\", \"lines\": [{\"sku\": \"" + sku
				+ "\", \"quantity\": " + quantity + "}]}";
		HttpResponse<String> response = http.apiSend("POST", "/api/v1/sellout/stock-reports", json, "insa.admin",
				"demo");
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String status = SellOutApi.json(response).path("status").asString();
		while (!status.startsWith("ACCEPTED") && System.nanoTime() < until) {
			pause();
			status = SellOutApi.json(http.api("/api/v1/sellout/stock-reports/" + id, "insa.admin", "demo"))
				.path("status")
				.asString();
		}
		assertThat(status).isEqualTo("ACCEPTED");
	}

	/** Waits until the inventory's listeners have handled every event so far. */
	private void awaitInventory() {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long open;
		do {
			pause();
			open = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc
						.sql("select count(*) from event_publication where listener_id like '%InventoryTriggers%'"
								+ " and completion_date is null")
						.query(Long.class)
						.single());
		}
		while (open > 0 && System.nanoTime() < until);
		assertThat(open).as("inventory recomputations still open").isZero();
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
