package com.sellout.portal.forecasting;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.internal.ForecastFixture;
import com.sellout.portal.forecasting.internal.ForecastFixture.Sale;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The sell-in need of one distributor × product with its parts, against figures worked
 * out here from the netting's formula (SellInNetting: the issue's, with what is sold
 * while an order travels and the plan's own orders in transit): two years of sell-out
 * (two clients), a closing stock report, a shipment still in transit at the plan's first
 * month (transit 20 days) and one that arrived, a lead time of 2 months and 6 weeks of
 * cover set by the manufacturer, and a named order that replaces its client's share of
 * one month's forecast.
 */
class SellInPlanTest extends PortalTest {

	static final String CODE = "FC69S";

	static final String SKU = "F69-1";

	static final String C1 = TestInns.organisation(6_900_001);

	static final String C2 = TestInns.organisation(6_900_002);

	static final YearMonth FIRST = YearMonth.of(2069, 1);

	static final YearMonth LAST = YearMonth.of(2070, 12);

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private PlanningSettings planning;

	@Test
	void theNeedNetsTheForecastWithNamedOrdersAgainstStockTransitLeadTimeAndCover() {
		ForecastFixture fixture = new ForecastFixture(this::browser, jdbc, transactions);
		long id = asSystem(() -> ForecastFixture.distributor(distributors, users, CODE, 6_900_101).id());
		asSystem(() -> jdbc.sql("update distributors set transit_days = 20 where id = ?").param(id).update());
		fixture.group("Прогноз 2069", SKU);
		Map<YearMonth, Double> total = new TreeMap<>();
		Map<YearMonth, Double> first = new TreeMap<>();
		for (int t = 0; t < 24; t++) {
			YearMonth month = FIRST.plusMonths(t);
			double one = 20 + t % 5;
			double two = 60 + 2 * t + (t % 3) * 4;
			first.put(month, one);
			total.put(month, one + two);
			fixture.sellOut(CODE, month, List.of(new Sale(SKU, C1, one), new Sale(SKU, C2, two)));
		}
		fixture.sellIn(CODE, "F69-IN-1", LocalDate.of(2070, 11, 5), SKU, 300);
		fixture.sellIn(CODE, "F69-IN-2", LocalDate.of(2070, 12, 20), SKU, 40);
		fixture.stock(CODE, LocalDate.of(2070, 12, 31), SKU, 150);
		asUser("admin", () -> {
			planning.save(new PlanningSetting(id, null, 2, BigDecimal.valueOf(6)));
			return null;
		});
		// the distributor reads its terms, only the manufacturer sets them
		assertThat(asUser(ForecastFixture.admin(CODE), () -> planning.all()))
			.extracting(PlanningSetting::leadTimeMonths)
			.containsExactly(2);
		assertThat(asUser(ForecastFixture.admin(CODE), () -> planning.effective(id, null).coverWeeks()))
			.isEqualByComparingTo("6");
		assertThatThrownBy(() -> asUser(ForecastFixture.admin(CODE), () -> {
			planning.save(new PlanningSetting(id, null, 0, BigDecimal.ONE));
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		HttpResponse<String> order = browser().apiSend("POST", "/api/v1/named-orders", """
				{"clientInn": "%s", "sku": "%s", "quantity": 500, "month": "2071-03", "project": "Стадион"}"""
			.formatted(C1, SKU), ForecastFixture.admin(CODE), "demo");
		assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
		fixture.awaitForecasts(id, Map.of(SKU, total), LAST);
		awaitStock(id, 150);

		JsonNode forecast = SellOutApi
			.json(browser().api("/api/v1/forecasts?distributor=FC69S&sku=F69-1&horizon=24", "analyst", "demo"));
		double[] f = new double[24];
		for (int i = 0; i < 24; i++) {
			f[i] = forecast.path("forecast").get(i).path("quantity").asDouble();
		}
		// the client's share of the last 12 months replaced by its named order in March
		double c1 = 0;
		double all = 0;
		for (YearMonth m = LAST.minusMonths(11); !m.isAfter(LAST); m = m.plusMonths(1)) {
			c1 += first.get(m);
			all += total.get(m);
		}
		double share = c1 / all;
		double[] adjusted = f.clone();
		adjusted[2] = f[2] * (1 - share) + 500;
		int lead = 2;
		double cover = 6;
		int months = 6;
		double[] arrivals = { 40 };
		double stock = 150;
		double[] need = new double[months];
		List<double[]> expected = new ArrayList<>();
		for (int m = 0; m < months; m++) {
			// the shipment on its way, and the plan's own orders of the lead time before
			double inTransit = m == 0 ? 40 : 0;
			for (int k = Math.max(0, m - lead); k < m; k++) {
				inTransit += need[k];
			}
			double target = cover * adjusted[m] / 4.345;
			// what is sold until the order arrives, and that month's target
			double untilArrival = 0;
			for (int k = m; k <= m + lead; k++) {
				untilArrival += adjusted[k];
			}
			need[m] = Math.max(0, untilArrival + target - stock - inTransit);
			expected.add(new double[] { adjusted[m], m == 2 ? 500 : 0, target, stock, inTransit, need[m] });
			double arrived = (m < arrivals.length ? arrivals[m] : 0) + (m >= lead ? need[m - lead] : 0);
			stock = Math.max(0, stock + arrived - adjusted[m]);
		}

		JsonNode plan = SellOutApi
			.json(browser().api("/api/v1/forecasts/sell-in?distributor=FC69S&sku=F69-1&horizon=6", "analyst", "demo"));
		JsonNode rows = plan.path("months");
		assertThat(rows).hasSize(months);
		String[] parts = { "sellOutForecast", "namedOrders", "targetStock", "projectedStock", "inTransit",
				"sellInNeeded" };
		for (int m = 0; m < months; m++) {
			JsonNode row = rows.get(m);
			assertThat(row.path("period").asString()).isEqualTo(YearMonth.of(2071, 1).plusMonths(m).toString());
			for (int p = 0; p < parts.length; p++) {
				assertThat(row.path(parts[p]).asDouble()).as(row.path("period").asString() + " " + parts[p])
					.isCloseTo(expected.get(m)[p], within(0.01));
			}
		}
		assertThat(Arrays.stream(need).max().orElse(0)).as("something to order").isPositive();
		// the factory plan of the product: the one distributor selling it
		JsonNode factory = SellOutApi
			.json(browser().api("/api/v1/forecasts/sell-in?sku=F69-1&horizon=6", "analyst", "demo"));
		assertThat(factory.path("months").get(3).path("sellInNeeded").asDouble()).isCloseTo(need[3], within(0.01));
		// as it would have been planned at the end of November 2070: the shipment of 20
		// December was not made yet, so nothing is in transit in December
		JsonNode then = SellOutApi.json(browser()
			.api("/api/v1/forecasts/sell-in?distributor=FC69S&sku=F69-1&horizon=3&asOf=2070-11", "analyst", "demo"));
		assertThat(then.path("months").get(0).path("period").asString()).isEqualTo("2070-12");
		assertThat(then.path("months").get(0).path("inTransit").asDouble()).isZero();
		// the distributor reads its own plan; another distributor's account cannot
		assertThat(browser().api("/api/v1/forecasts/sell-in?sku=F69-1&horizon=6", ForecastFixture.admin(CODE), "demo")
			.statusCode()).isEqualTo(200);
	}

	private void awaitStock(long distributorId, double closing) {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		Double found;
		do {
			found = asSystem(() -> jdbc.sql("""
					select closing from channel_stock where distributor_id = ? and sku = ? and period = ?""")
				.params(distributorId, SKU, LAST.atDay(1))
				.query(Double.class)
				.optional()
				.orElse(null));
			if (found != null && found == closing) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		while (System.nanoTime() < until);
		assertThat(found).as("closing stock of " + LAST).isEqualTo(closing);
	}

}
