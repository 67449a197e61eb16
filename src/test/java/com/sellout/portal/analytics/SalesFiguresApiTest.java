package com.sellout.portal.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.analytics.SalesFigureChecks.Caller;
import com.sellout.portal.analytics.SalesFixture.Report;
import com.sellout.portal.analytics.internal.StraightFromLines;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.sellout.portal.analytics.SalesFixture.A_MANAGED;
import static com.sellout.portal.analytics.SalesFixture.A_ONLY;
import static com.sellout.portal.analytics.SalesFixture.B_ONLY;
import static com.sellout.portal.analytics.SalesFixture.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/analytics/sellout} for the manufacturer: every breakdown, a few
 * second dimensions and every filter — "-" for lines without a region or segment included
 * — equal a direct aggregate over the accepted lines, sent through the real API by two
 * distributors of their own sharing a client, with a line in USD and two units. Keys are
 * named in the caller's language; rows come largest first, months in order.
 */
class SalesFiguresApiTest extends PortalTest {

	static final Caller ANALYST = Caller.basic("analyst", "demo");

	@Autowired
	private UserAccounts users;

	@Autowired
	private SalesFigures figures;

	@Autowired
	private StraightFromLines lines;

	private SalesFixture.Groups groups;

	private SalesFigureChecks checks;

	private static boolean sent;

	@BeforeEach
	void sales() {
		groups = SalesFixture.ensure(jdbc, users, this::asSystem);
		checks = new SalesFigureChecks(browser(), jdbc, this::asSystem);
		send(browser(), jdbc, this::asSystem);
	}

	/** The sales of 2052 and 2053, sent once. */
	static synchronized void send(PortalHttp http, JdbcClient jdbc, SalesFixture.AsSystem system) {
		if (sent) {
			return;
		}
		new Report("2053-03")
			.sale("2053-03-03", SHARED, "ООО \"Общий клиент\"", "Свердловская обл.", "RETAIL", "A53-1", "2", "шт",
					"2000.00", null)
			.sale("2053-03-04", SHARED, "ООО \"Общий клиент\"", "Свердловская обл.", "DEALER", "A53-2", "3", "шт",
					"4500.00", null)
			.sale("2053-03-05", A_ONLY, "ООО \"Только А\"", null, null, "A53-3", "10.5", "м", "1500.00", null)
			.sale("2053-03-06", A_ONLY, "ООО \"Только А\"", null, null, "A53-1", "1", "шт", "100.00", "USD")
			.sale("2053-03-07", A_MANAGED, "ООО \"Подопечный\"", "г. Москва", "RETAIL", "A53-1", "1", "шт", "1000.00",
					null)
			.send(http, "an53a.admin");
		new Report("2053-02")
			.sale("2053-02-10", SHARED, "ООО \"Общий клиент\"", "Свердловская обл.", "RETAIL", "A53-1", "1", "шт",
					"900.00", null)
			.send(http, "an53a.admin");
		new Report("2052-03")
			.sale("2052-03-10", A_ONLY, "ООО \"Только А\"", null, null, "A53-3", "5", "м", "700.00", null)
			.send(http, "an53a.admin");
		new Report("2053-03")
			.sale("2053-03-11", SHARED, "ООО \"Общий клиент\"", "Свердловская обл.", "RETAIL", "A53-1", "4", "шт",
					"3800.00", null)
			.sale("2053-03-12", B_ONLY, "ООО \"Только Б\"", "г. Москва", "INSTALLER", "A53-2", "2", "шт", "3100.00",
					null)
			.send(http, "an53b.admin");
		new Report("2053-01")
			.sale("2053-01-12", B_ONLY, "ООО \"Только Б\"", "г. Москва", "INSTALLER", "A53-3", "3", "м", "600.00", null)
			.send(http, "an53b.admin");
		SalesFixture.awaitRollups(jdbc, system);
		sent = true;
	}

	private String groupKey() {
		return "case when s.sku in ('A53-1', 'A53-2') then '" + groups.parent() + "' when s.sku = 'A53-3' then '"
				+ groups.other() + "' else '-' end";
	}

	static final String DISTRIBUTOR = "(select d.code from distributors d where d.id = s.distributor_id)";

	static final String PERIOD = "to_char(s.period, 'YYYY-MM')";

	static final String REGION = "coalesce(s.region_code, '-')";

	static final String SEGMENT = "coalesce(s.client_segment, '-')";

	static final String SKU = "coalesce(s.sku, '-')";

	static final String CLIENT = "coalesce(s.client_inn, '-')";

	@Test
	void everyBreakdownEqualsTheAggregateOfTheAcceptedLines() {
		String range = "from=2053-01&to=2053-03&by=";
		checks.assertEqual(ANALYST, range + "period", "2053-01", "2053-03", null, PERIOD, null);
		checks.assertEqual(ANALYST, range + "distributor", "2053-01", "2053-03", null, DISTRIBUTOR, null);
		checks.assertEqual(ANALYST, range + "region", "2053-01", "2053-03", null, REGION, null);
		checks.assertEqual(ANALYST, range + "segment", "2053-01", "2053-03", null, SEGMENT, null);
		checks.assertEqual(ANALYST, range + "group", "2053-01", "2053-03", null, groupKey(), null);
		checks.assertEqual(ANALYST, range + "sku", "2053-01", "2053-03", null, SKU, null);
		checks.assertEqual(ANALYST, range + "client", "2053-01", "2053-03", null, CLIENT, null);
		checks.assertEqual(ANALYST, "from=2053-01&to=2053-03", "2053-01", "2053-03", null, null, null);
		// a second dimension within each row
		checks.assertEqual(ANALYST, range + "region,segment", "2053-01", "2053-03", null, REGION, SEGMENT);
		checks.assertEqual(ANALYST, range + "group,sku", "2053-01", "2053-03", null, groupKey(), SKU);
		checks.assertEqual(ANALYST, range + "distributor,client", "2053-01", "2053-03", null, DISTRIBUTOR, CLIENT);
		checks.assertEqual(ANALYST, range + "period,distributor", "2053-01", "2053-03", null, PERIOD, DISTRIBUTOR);
		checks.assertEqual(ANALYST, range + "sku,period", "2053-01", "2053-03", null, SKU, PERIOD);
		checks.assertEqual(ANALYST, range + "client,group", "2053-01", "2053-03", null, CLIENT, groupKey());
		// the client first, then a dimension of the client's own rollup (once answered
		// 500)
		checks.assertEqual(ANALYST, range + "client,period", "2053-01", "2053-03", null, CLIENT, PERIOD);
		checks.assertEqual(ANALYST, range + "client,distributor", "2053-01", "2053-03", null, CLIENT, DISTRIBUTOR);
		checks.assertEqual(ANALYST, range + "client,region", "2053-01", "2053-03", null, CLIENT, REGION);
	}

	@Test
	void everyFilterSelectsWhatItNamesAndADashSelectsTheLinesWithoutOne() {
		String range = "from=2053-01&to=2053-03&by=";
		long a = distributorId(SalesFixture.A);
		checks.assertEqual(ANALYST, range + "sku&distributor=an53a", "2053-01", "2053-03", "s.distributor_id = " + a,
				SKU, null);
		checks.assertEqual(ANALYST, range + "client&region=66", "2053-01", "2053-03", "s.region_code = '66'", CLIENT,
				null);
		JsonNode none = checks.assertEqual(ANALYST, range + "client&region=-", "2053-01", "2053-03",
				"s.region_code is null", CLIENT, null);
		assertThat(SalesFixture.keys(none)).containsExactly(A_ONLY);
		checks.assertEqual(ANALYST, range + "region&segment=RETAIL", "2053-01", "2053-03",
				"s.client_segment = 'RETAIL'", REGION, null);
		checks.assertEqual(ANALYST, range + "sku&segment=-", "2053-01", "2053-03", "s.client_segment is null", SKU,
				null);
		checks.assertEqual(ANALYST, range + "distributor&sku=A53-3", "2053-01", "2053-03", "s.sku = 'A53-3'",
				DISTRIBUTOR, null);
		checks.assertEqual(ANALYST, range + "sku&client=" + SHARED, "2053-01", "2053-03",
				"s.client_inn = '" + SHARED + "'", SKU, null);
		checks.assertEqual(ANALYST, range + "region&group=" + groups.child(), "2053-01", "2053-03", "s.sku = 'A53-2'",
				REGION, null);
		// the group's children, each with its sub-tree, and the group itself for the
		// products directly in it
		JsonNode parent = checks.assertEqual(ANALYST, range + "group&group=" + groups.parent(), "2053-01", "2053-03",
				"s.sku in ('A53-1', 'A53-2')",
				"case s.sku when 'A53-1' then '" + groups.parent() + "' else '" + groups.child() + "' end", null);
		assertThat(SalesFixture.keys(parent)).containsExactlyInAnyOrder(String.valueOf(groups.parent()),
				String.valueOf(groups.child()));
		checks.assertEqual(ANALYST, range + "segment,client&region=66&group=" + groups.parent(), "2053-01", "2053-03",
				"s.region_code = '66' and s.sku in ('A53-1', 'A53-2')", SEGMENT, CLIENT);
		JsonNode nothing = checks.assertEqual(ANALYST, range + "sku&distributor=NOSUCH53", "2053-01", "2053-03",
				"false", SKU, null);
		assertThat(nothing.path("rows")).isEmpty();
	}

	@Test
	void keysAreNamedInTheCallersLanguageAndRowsComeLargestFirst() {
		JsonNode regions = checks.answer(ANALYST, "from=2053-01&to=2053-03&by=region");
		assertThat(names(regions)).containsExactly("66 Свердловская область", "77 г. Москва", "- не указан");
		JsonNode segments = checks.answer(ANALYST, "from=2053-03&to=2053-03&by=segment");
		assertThat(names(segments)).contains("RETAIL Розничная сеть", "- не указан");
		JsonNode months = checks.answer(ANALYST, "from=2053-01&to=2053-03&by=period");
		assertThat(names(months)).containsExactly("2053-01 янв 2053", "2053-02 фев 2053", "2053-03 мар 2053");
		JsonNode skus = checks.answer(ANALYST, "from=2053-03&to=2053-03&by=sku&distributor=AN53A");
		assertThat(names(skus)).containsExactly("A53-2 Лампа вложенная", "A53-1 Светильник аналитический",
				"A53-3 Кабель метражный");
		assertThat(skus.path("rows").get(2).path("quantity").decimalValue()).isEqualByComparingTo("10.5");
		JsonNode distributors = checks.answer(ANALYST, "from=2053-03&to=2053-03&by=distributor");
		assertThat(names(distributors)).containsExactly("AN53A ООО \"Аналитика А\"", "AN53B ООО \"Аналитика Б\"");
		JsonNode clients = checks.answer(ANALYST, "from=2053-03&to=2053-03&by=client,sku&sku=A53-1");
		assertThat(clients.path("rows").get(0).path("name").asString()).isEqualTo("ООО \"Общий клиент\"");
		assertThat(clients.path("rows").get(0).path("name2").asString()).isEqualTo("Светильник аналитический");
		JsonNode groupsOf = checks.answer(ANALYST, "from=2053-03&to=2053-03&by=group");
		assertThat(names(groupsOf)).containsExactly(groups.parent() + " Аналитика 2053",
				groups.other() + " Аналитика 2053 прочее");

		JsonNode english = checks.answer(ANALYST, "from=2053-03&to=2053-03&by=segment,period", "en");
		assertThat(names(english)).contains("RETAIL Retail chain", "DEALER Dealer", "- not specified");
		assertThat(english.path("rows").get(0).path("name2").asString()).isEqualTo("Mar 2053");

	}

	@Test
	void eachAnswerNamesTheSmallestRollupCoveringItsFilterAndBreakdown() {
		String range = "from=2053-01&to=2053-03";
		assertThat(source(range)).isEqualTo("sales_by_place");
		assertThat(source(range + "&by=period,distributor")).isEqualTo("sales_by_place");
		assertThat(source(range + "&by=region&segment=RETAIL")).isEqualTo("sales_by_place");
		assertThat(source(range + "&by=group")).isEqualTo("sales_by_product");
		assertThat(source(range + "&by=period&sku=A53-1")).isEqualTo("sales_by_product");
		assertThat(source(range + "&by=region&group=" + groups.parent())).isEqualTo("sales_by_product_place");
		assertThat(source(range + "&by=client")).isEqualTo("sales_by_client");
		assertThat(source(range + "&by=region&client=" + SHARED)).isEqualTo("sales_by_client");
		assertThat(source(range + "&by=client,sku")).isEqualTo("sales_by_client_product");
		assertThat(source(range + "&by=sku&client=" + SHARED)).isEqualTo("sales_by_client_product");
	}

	@Test
	void theSameQueryStraightOverTheLinesGivesTheSameFigures() {
		SalesFilter quarter = SalesFilter.of(YearMonth.of(2053, 1), YearMonth.of(2053, 3));
		List<SalesFilter> filters = List.of(quarter, quarter.with(Dimension.REGION, Dimension.UNSPECIFIED),
				quarter.with(Dimension.GROUP, String.valueOf(groups.parent())), quarter.with(Dimension.CLIENT, SHARED));
		for (SalesFilter filter : filters) {
			assertThat(asUser("analyst", () -> lines.totals(filter))).usingRecursiveComparison()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.isEqualTo(asUser("analyst", () -> figures.totals(filter)));
			for (Dimension by : Dimension.values()) {
				Dimension then = by.next().orElse(null);
				List<SalesRow> fromRollups = asUser("analyst", () -> figures.breakdown(filter, by, then));
				assertThat(fromRollups).isNotEmpty();
				assertThat(asUser("analyst", () -> lines.breakdown(filter, by, then))).as(filter + " by " + by)
					.usingRecursiveComparison()
					.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
					.isEqualTo(fromRollups);
			}
		}
	}

	private String source(String query) {
		return checks.answer(ANALYST, query).path("source").asString();
	}

	private static List<String> names(JsonNode answer) {
		List<String> names = new ArrayList<>();
		answer.path("rows").forEach(row -> names.add(row.path("key").asString() + " " + row.path("name").asString()));
		return names;
	}

}
