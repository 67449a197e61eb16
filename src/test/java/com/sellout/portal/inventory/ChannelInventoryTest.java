package com.sellout.portal.inventory;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.inventory.InventoryFixture.Sale;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channel inventory computed again, end to end, whenever what it is computed from
 * changes: sell-in through the sell-in API, sell-out and stock through their APIs (see
 * {@link InventoryFixture}), a transit time through the distributor's edit page, the
 * thresholds through their page. Each test has a distributor of its own and a year no
 * other test uses (2041–2043).
 */
class ChannelInventoryTest extends PortalTest {

	private static final String A = "EL-10001";

	private static final String B = "EL-10002";

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private InventorySettings settings;

	private InventoryFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new InventoryFixture(this::browser, jdbc, transactions);
	}

	@Test
	void rollsForwardOverAMonthWithoutAStockReportAndALateSellInRecomputesTheMonthsAfter() {
		Distributor d = made("INV41", 16_041);
		fixture.stock(d.code(), LocalDate.of(2041, 1, 31), A, 20);
		fixture.sellIn("INV41", "INV41-2", "2041-02-10", A, 30);
		fixture.sellOut("INV41", "2041-02", new Sale("2041-02-14", A, 15));
		fixture.sellOut("INV41", "2041-03", new Sale("2041-03-10", A, 5));
		fixture.stock(d.code(), LocalDate.of(2041, 3, 31), A, 18, A, 10); // two
																			// warehouses

		assertThat(fixture.row(d.id(), A, YearMonth.of(2041, 1))).as("before any closing: unknown")
			.isEqualTo("NONE - in 0.000 out 0.000 calc - rep 20.000 gap -");
		String january = browser().api("/api/v1/channel-inventory?distributor=INV41&period=2041-01", "admin", "demo")
			.body();
		JsonNode totals = JsonMapper.builder().build().readTree(january).get("totals");
		assertThat(totals.get("calculatedClosing").isNull()).as("no row knows a calculated closing: null, not 0")
			.isTrue();
		assertThat(totals.get("gap").isNull()).isTrue();
		assertThat(totals.get("reportedClosing").decimalValue()).isEqualByComparingTo("20");
		assertThat(fixture.row(d.id(), A, YearMonth.of(2041, 2))).as("no stock report in February")
			.isEqualTo("REPORTED 20.000 in 30.000 out 15.000 calc 35.000 rep - gap -");
		assertThat(fixture.row(d.id(), A, YearMonth.of(2041, 3))).as("March opens from February's calculated closing")
			.isEqualTo("CALCULATED 35.000 in 0.000 out 5.000 calc 30.000 rep 28.000 gap -2.000");

		// February's document sent again with two more: March's opening and gap follow
		fixture.sellIn("INV41", "INV41-2", "2041-02-10", A, 32);

		assertThat(fixture.row(d.id(), A, YearMonth.of(2041, 2)))
			.isEqualTo("REPORTED 20.000 in 32.000 out 15.000 calc 37.000 rep - gap -");
		assertThat(fixture.row(d.id(), A, YearMonth.of(2041, 3)))
			.isEqualTo("CALCULATED 37.000 in 0.000 out 5.000 calc 32.000 rep 28.000 gap -4.000");
		assertThat(asSystem(() -> jdbc
			.sql("select gap_value || ' ' || gap_percent || ' ' || stock_report_id from channel_inventory"
					+ " where distributor_id = ? and sku = ? and period = ?")
			.params(d.id(), A, LocalDate.of(2041, 3, 1))
			.query(String.class)
			.single())).as("valued at EL-10001's list price 740.44, in percent of |32|").startsWith("-2961.76 -12.50 ");
	}

	@Test
	void aTransitTimeMovesAShipmentIntoTheMonthItArrives() {
		Distributor d = made("INV41T", 16_141);
		fixture.stock(d.code(), LocalDate.of(2041, 1, 31), B, 5);
		fixture.sellIn("INV41T", "INV41T-1", "2041-01-29", B, 10);
		assertThat(fixture.row(d.id(), B, YearMonth.of(2041, 1)))
			.isEqualTo("NONE - in 10.000 out 0.000 calc - rep 5.000 gap -");
		assertThat(fixture.row(d.id(), B, YearMonth.of(2041, 2))).as("January is the last month with figures")
			.isEqualTo("absent");

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> tooLong = PageForm.on(admin, "/distributors/" + d.id() + "/edit", "form.stack")
			.fill("transitDays", "91")
			.submit();
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("Срок доставки — от 0 до 90 дней");
		HttpResponse<String> saved = PageForm.on(admin, "/distributors/" + d.id() + "/edit", "form.stack")
			.fill("transitDays", "5")
			.submit();
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		fixture.awaitRecomputed();

		assertThat(browser().api("/api/v1/distributors/" + d.id(), "admin", "demo").body())
			.contains("\"transitDays\":5");
		assertThat(fixture.row(d.id(), B, YearMonth.of(2041, 1))).as("shipped on the 29th, arrives on 3 February")
			.isEqualTo("NONE - in 0.000 out 0.000 calc - rep 5.000 gap -");
		assertThat(fixture.row(d.id(), B, YearMonth.of(2041, 2)))
			.isEqualTo("REPORTED 5.000 in 10.000 out 0.000 calc 15.000 rep - gap -");

		// the page's sell-in figure leads to the document behind it, dated in January
		Document february = Jsoup.parse(admin.get("/inventory?distributor=" + d.id() + "&period=2041-02").body(),
				"http://portal/");
		String link = february.selectFirst("tr[data-sku=" + B + "] td[data-figure=sell-in] a").attr("href");
		String documents = admin.get(link).body();
		assertThat(documents).as(link).contains("INV41T-1", "29.01.2041", "27.01.2041", "23.02.2041");
		assertThat(admin.get("/sell-in?distributor=" + d.id() + "&period=2041-02&q=" + B).body())
			.as("without the transit the month holds no document of the product")
			.doesNotContain("INV41T-1");
	}

	@Test
	void aSupersededSellOutAndAWithdrawnStockReportAreComputedAgain() {
		Distributor d = made("INV42", 16_042);
		fixture.stock(d.code(), LocalDate.of(2042, 1, 31), A, 10);
		long february = fixture.sellOut("INV42", "2042-02", new Sale("2042-02-10", A, 4));
		long stock = fixture.stock(d.code(), LocalDate.of(2042, 2, 27), A, 6); // within
																				// the
																				// last 3
																				// days
		fixture.sellIn("INV42", "INV42-3", "2042-03-02", B, 1); // March has figures
		assertThat(fixture.row(d.id(), A, YearMonth.of(2042, 2)))
			.isEqualTo("REPORTED 10.000 in 0.000 out 4.000 calc 6.000 rep 6.000 gap 0.000");
		assertThat(fixture.row(d.id(), A, YearMonth.of(2042, 3))).as("March opens from the reported closing")
			.isEqualTo("REPORTED 6.000 in 0.000 out 0.000 calc 6.000 rep - gap -");

		long again = fixture.sellOut("INV42", "2042-02", new Sale("2042-02-10", A, 7));
		assertThat(again).isNotEqualTo(february);
		assertThat(fixture.row(d.id(), A, YearMonth.of(2042, 2))).as("the new version supersedes the first")
			.isEqualTo("REPORTED 10.000 in 0.000 out 7.000 calc 3.000 rep 6.000 gap 3.000");

		fixture.withdrawStock(d.code(), stock);
		assertThat(fixture.row(d.id(), A, YearMonth.of(2042, 2)))
			.isEqualTo("REPORTED 10.000 in 0.000 out 7.000 calc 3.000 rep - gap -");
		assertThat(fixture.row(d.id(), A, YearMonth.of(2042, 3))).as("March now opens from the calculated closing")
			.isEqualTo("CALCULATED 3.000 in 0.000 out 0.000 calc 3.000 rep - gap -");

		fixture.withdraw("INV42", again);
		assertThat(fixture.row(d.id(), A, YearMonth.of(2042, 3))).as("February without its sell-out")
			.isEqualTo("CALCULATED 10.000 in 0.000 out 0.000 calc 10.000 rep - gap -");
	}

	@Test
	void aDistributorsTransactionSeesItsOwnRowsOnly() {
		Distributor own = made("INV42R", 16_242);
		Distributor other = made("INV42S", 16_342);
		fixture.sellIn("INV42R", "INV42R-1", "2042-05-05", A, 3);
		fixture.sellIn("INV42S", "INV42S-1", "2042-05-05", A, 4);

		long seen = transactions.callAs(DataScope.distributor(own.id()),
				() -> jdbc.sql("select count(*) from channel_inventory").query(Long.class).single());
		long othersSeen = transactions.callAs(DataScope.distributor(own.id()),
				() -> jdbc.sql("select count(*) from channel_inventory where distributor_id <> ?")
					.param(own.id())
					.query(Long.class)
					.single());
		long othersThere = asSystem(() -> jdbc.sql("select count(*) from channel_inventory where distributor_id = ?")
			.param(other.id())
			.query(Long.class)
			.single());

		assertThat(othersThere).isEqualTo(1);
		assertThat(othersSeen).isZero();
		assertThat(seen).isEqualTo(1);
	}

	@Test
	void bandsAndStalenessAtTheirThresholdsAndAfterTheSettingsChange() {
		Distributor d = made("INV43", 16_043);
		// last sold exactly 90 days before 31 March (31 December), and 89 days (1
		// January)
		fixture.sellOut("INV43", "2042-12", new Sale("2042-12-31", "EL-10003", 1));
		fixture.sellOut("INV43", "2043-01", new Sale("2043-01-01", "EL-10004", 1));
		// the window: 4 to 31 March; 3 March is outside it
		fixture.sellOut("INV43", "2043-03", new Sale("2043-03-31", A, 40), new Sale("2043-03-03", A, 100),
				new Sale("2043-03-04", B, 40), new Sale("2043-03-20", "EL-10005", 40),
				new Sale("2043-03-20", "EL-10006", 40));
		fixture.stock(d.code(), LocalDate.of(2043, 3, 31), A, 40, B, 39, "EL-10005", 130, "EL-10006", 131, "EL-10003",
				5, "EL-10004", 5);

		YearMonth march = YearMonth.of(2043, 3);
		assertThat(fixture.cover(d.id(), A, march)).as("exactly 4 weeks")
			.isEqualTo("10.000 4.00 HEALTHY 2043-03-31 0 false");
		assertThat(fixture.cover(d.id(), B, march)).isEqualTo("10.000 3.90 LOW 2043-03-04 27 false");
		assertThat(fixture.cover(d.id(), "EL-10005", march)).as("exactly 13 weeks")
			.isEqualTo("10.000 13.00 HEALTHY 2043-03-20 11 false");
		assertThat(fixture.cover(d.id(), "EL-10006", march)).isEqualTo("10.000 13.10 EXCESS 2043-03-20 11 false");
		assertThat(fixture.cover(d.id(), "EL-10003", march)).as("90 days without a sale")
			.isEqualTo("0.000 - EXCESS 2042-12-31 90 true");
		assertThat(fixture.cover(d.id(), "EL-10004", march)).isEqualTo("0.000 - EXCESS 2043-01-01 89 false");

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		try {
			HttpResponse<String> refused = PageForm.on(admin, "/inventory/settings", "form.stack")
				.fill("lowWeeks", "5")
				.fill("excessWeeks", "5")
				.fill("staleDays", "3651")
				.submit();
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("Верхний порог должен быть больше нижнего", "От 1 до 3650 дней");
			assertThat(settings.current()).isEqualTo(StockThresholds.DEFAULTS);

			HttpResponse<String> saved = PageForm.on(admin, "/inventory/settings", "form.stack")
				.fill("lowWeeks", "4,5")
				.fill("excessWeeks", "12")
				.fill("staleDays", "89")
				.submit();
			assertThat(saved.statusCode()).isEqualTo(302);
			fixture.awaitRecomputed();

			assertThat(fixture.cover(d.id(), A, march)).isEqualTo("10.000 4.00 LOW 2043-03-31 0 false");
			assertThat(fixture.cover(d.id(), "EL-10005", march)).isEqualTo("10.000 13.00 EXCESS 2043-03-20 11 false");
			assertThat(fixture.cover(d.id(), "EL-10004", march)).isEqualTo("0.000 - EXCESS 2043-01-01 89 true");
		}
		finally {
			asUser("admin", () -> settings.save(StockThresholds.DEFAULTS, "admin"));
			fixture.awaitRecomputed();
		}
	}

	@Test
	void onlyTheManufacturerSeesTheSettingsAndOnlyItsAdministratorChangesThem() {
		made("INV43", 16_043);
		PortalHttp distributor = browser().loggedInAs(InventoryFixture.admin("INV43"), "demo");
		assertThat(distributor.get("/inventory/settings").statusCode()).isEqualTo(403);
		assertThat(distributor
			.submit("/", "/inventory/settings", Map.of("lowWeeks", "1", "excessWeeks", "2", "staleDays", "3"))
			.statusCode()).isEqualTo(403);
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		assertThat(analyst.get("/inventory/settings").body()).contains("Пороги товарного запаса");
		assertThat(analyst
			.submit("/inventory/settings", "/inventory/settings",
					Map.of("lowWeeks", "1", "excessWeeks", "2", "staleDays", "3"))
			.statusCode()).isEqualTo(403);
		assertThat(settings.current()).isEqualTo(StockThresholds.DEFAULTS);
	}

	private Distributor made(String code, int seed) {
		return asUser("admin", () -> InventoryFixture.distributor(distributors, users, code, seed));
	}

}
