package com.sellout.portal.forecasting;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.internal.ForecastFixture;
import com.sellout.portal.forecasting.models.AutoForecast;
import com.sellout.portal.forecasting.models.Choice;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/v1/forecasts}: three years of sell-out sent through the API, the
 * history and the stored forecast and backtest read back — equal to what the methods make
 * of the same numbers — and, with {@code asOf}, the forecast as it would have been made
 * then, from the truncated history only; sums bottom-up over a group and over
 * distributors, one of them a month behind.
 */
class ForecastApiTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void data() {
		ForecastData.send(new ForecastFixture(this::browser, jdbc, transactions), distributors, users,
				this::distributorId, this::asSystem);
	}

	private JsonNode get(String login, String query) {
		HttpResponse<String> response = browser().api("/api/v1/forecasts" + query, login, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return SellOutApi.json(response);
	}

	@Test
	void aSeriesHistoryForecastAndBacktestAreTheMethodsOnTheNumbersSent() {
		JsonNode answer = get("analyst", "?distributor=fc66a&sku=F66-1&horizon=12");
		double[] sent = ForecastData.values(ForecastData.A, "F66-1", ForecastData.LAST_A);
		assertThat(answer.path("distributor").asString()).isEqualTo("FC66A");
		assertThat(answer.path("sku").asString()).isEqualTo("F66-1");
		JsonNode history = answer.path("history");
		assertThat(history).hasSize(36);
		assertThat(history.get(0).path("period").asString()).isEqualTo("2066-01");
		assertThat(history.get(35).path("period").asString()).isEqualTo("2068-12");
		for (int i = 0; i < 36; i++) {
			assertThat(history.get(i).path("quantity").asDouble()).isEqualTo(sent[i]);
		}
		// stored: fitted 24 months ahead when the history came, the first 12 shown
		Choice choice = AutoForecast.choose(sent, ForecastRequest.MAX_HORIZON);
		assertForecast(answer, choice, 12, YearMonth.of(2069, 1));
		assertThat(answer.path("series").asInt()).isEqualTo(1);
	}

	@Test
	void asOfForecastsFromTheHistoryUpToThatMonthOnly() {
		JsonNode answer = get("analyst", "?distributor=FC66A&sku=F66-1&horizon=6&asOf=2068-06");
		JsonNode history = answer.path("history");
		assertThat(history).hasSize(30);
		assertThat(history.get(29).path("period").asString()).isEqualTo("2068-06");
		double[] truncated = ForecastData.values(ForecastData.A, "F66-1", YearMonth.of(2068, 6));
		Choice choice = AutoForecast.choose(truncated, 6);
		assertForecast(answer, choice, 6, YearMonth.of(2068, 7));
		assertThat(answer.path("backtest").path("horizon").asInt()).isEqualTo(choice.backtest().horizon());
	}

	@Test
	void aMethodPickedIsUsedWithItsOwnBacktest() {
		JsonNode answer = get("analyst", "?distributor=FC66A&sku=F66-1&horizon=12&method=snaive");
		double[] sent = ForecastData.values(ForecastData.A, "F66-1", ForecastData.LAST_A);
		Choice choice = AutoForecast.with(ForecastMethod.SEASONAL_NAIVE, sent, 12);
		assertForecast(answer, choice, 12, YearMonth.of(2069, 1));
	}

	private static void assertForecast(JsonNode answer, Choice choice, int horizon, YearMonth from) {
		assertThat(answer.path("method").asString()).isEqualTo(choice.prediction().method());
		assertThat(answer.path("demandClass").asString()).isEqualTo(choice.demandClass().name());
		JsonNode forecast = answer.path("forecast");
		assertThat(forecast).hasSize(horizon);
		for (int h = 0; h < horizon; h++) {
			JsonNode month = forecast.get(h);
			assertThat(month.path("period").asString()).isEqualTo(from.plusMonths(h).toString());
			assertThat(month.path("quantity").asDouble()).isCloseTo(choice.prediction().mean()[h], within(0.001));
			assertThat(month.path("lower80").asDouble()).isCloseTo(choice.prediction().lower80()[h], within(0.001));
			assertThat(month.path("upper80").asDouble()).isCloseTo(choice.prediction().upper80()[h], within(0.001));
		}
		JsonNode backtest = answer.path("backtest");
		assertThat(backtest.path("windows").asInt()).isEqualTo(choice.backtest().windows());
		assertThat(backtest.path("horizon").asInt()).isEqualTo(choice.backtest().horizon());
		if (Double.isFinite(choice.backtest().wape())) {
			assertThat(backtest.path("wape").asDouble()).isCloseTo(choice.backtest().wape(), within(0.0001));
			assertThat(backtest.path("bias").asDouble()).isCloseTo(choice.backtest().bias(), within(0.0001));
		}
		if (Double.isFinite(choice.backtest().mase())) {
			assertThat(backtest.path("mase").asDouble()).isCloseTo(choice.backtest().mase(), within(0.0001));
		}
	}

	@Test
	void aGroupOverAllDistributorsIsTheSumOfItsSeriesAndNamesTheDistributorBehind() {
		JsonNode sum = get("analyst", "?group=" + ForecastData.parent + "&horizon=12");
		assertThat(sum.path("method").asString()).isEqualTo("bottom-up");
		assertThat(sum.path("series").asInt()).isEqualTo(3);
		assertThat(sum.path("missingDistributors").toString()).isEqualTo("[\"FC66B\"]");
		List<JsonNode> series = List.of(get("analyst", "?distributor=FC66A&sku=F66-1&horizon=24"),
				get("analyst", "?distributor=FC66A&sku=F66-2&horizon=24"),
				get("analyst", "?distributor=FC66B&sku=F66-1&horizon=24"));
		JsonNode history = sum.path("history");
		assertThat(history.get(history.size() - 1).path("period").asString()).isEqualTo("2068-12");
		for (JsonNode month : history) {
			String period = month.path("period").asString();
			double expected = 0;
			for (JsonNode one : series) {
				for (JsonNode h : one.path("history")) {
					if (h.path("period").asString().equals(period)) {
						expected += h.path("quantity").asDouble();
					}
				}
			}
			assertThat(month.path("quantity").asDouble()).as(period).isCloseTo(expected, within(0.0005));
		}
		// December 2068: FC66B's is missing, left out rather than counted as 0
		assertThat(history.get(history.size() - 1).path("quantity").asDouble())
			.isEqualTo(ForecastData.SENT.get("FC66A").get("F66-1").get(ForecastData.LAST_A)
					+ ForecastData.SENT.get("FC66A").get("F66-2").getOrDefault(ForecastData.LAST_A, 0.0));
		JsonNode forecast = sum.path("forecast");
		assertThat(forecast).hasSize(12);
		for (JsonNode month : forecast) {
			String period = month.path("period").asString();
			double mean = 0;
			double below = 0;
			double above = 0;
			for (JsonNode one : series) {
				for (JsonNode f : one.path("forecast")) {
					if (f.path("period").asString().equals(period)) {
						double q = f.path("quantity").asDouble();
						mean += q;
						below += Math.pow(q - f.path("lower80").asDouble(), 2);
						above += Math.pow(f.path("upper80").asDouble() - q, 2);
					}
				}
			}
			assertThat(month.path("quantity").asDouble()).as(period).isCloseTo(mean, within(0.002));
			assertThat(month.path("lower80").asDouble()).as(period).isCloseTo(mean - Math.sqrt(below), within(0.01));
			assertThat(month.path("upper80").asDouble()).as(period).isCloseTo(mean + Math.sqrt(above), within(0.01));
		}
		assertThat(forecast.get(0).path("period").asString()).isEqualTo("2069-01");
		// the sub-group alone: FC66A's F66-2 only
		JsonNode sub = get("analyst", "?distributor=FC66A&group=" + ForecastData.child + "&horizon=3");
		assertThat(sub.path("series").asInt()).isEqualTo(1);
		assertThat(sub.path("forecast").get(0).path("quantity").asDouble())
			.isCloseTo(series.get(1).path("forecast").get(0).path("quantity").asDouble(), within(0.0005));
	}

	@Test
	void aSumWithAsOfIsFittedNowSeriesBySeries() {
		JsonNode sum = get("analyst", "?distributor=FC66A&horizon=3&asOf=2067-12");
		assertThat(sum.path("series").asInt()).isEqualTo(2);
		JsonNode history = sum.path("history");
		assertThat(history.get(history.size() - 1).path("period").asString()).isEqualTo("2067-12");
		double expected = 0;
		for (String sku : List.of("F66-1", "F66-2")) {
			expected += AutoForecast.choose(ForecastData.values(ForecastData.A, sku, YearMonth.of(2067, 12)), 3)
				.prediction()
				.mean()[0];
		}
		assertThat(sum.path("forecast").get(0).path("quantity").asDouble()).isCloseTo(expected, within(0.002));
	}

	@Test
	void aDistributorSeesItsOwnForecastsOnlyAndAnotherDistributorIsNotFound() {
		String b = ForecastFixture.admin(ForecastData.B);
		assertThat(browser().api("/api/v1/forecasts?distributor=FC66A&sku=F66-1", b, "demo").statusCode())
			.isEqualTo(404);
		assertThat(browser().api("/api/v1/forecasts/sell-in?distributor=FC66A&sku=F66-1", b, "demo").statusCode())
			.isEqualTo(404);
		assertThat(browser().api("/api/v1/forecasts?distributor=NOSUCH66&sku=F66-1", "analyst", "demo").statusCode())
			.isEqualTo(404);
		assertThat(browser().api("/api/v1/forecasts?distributor=FC66A&sku=NO-SUCH-66", "analyst", "demo").statusCode())
			.isEqualTo(404);
		assertThat(browser().api("/api/v1/forecasts?group=999999999", "analyst", "demo").statusCode()).isEqualTo(404);
		JsonNode own = get(b, "?horizon=6");
		assertThat(own.path("distributor").asString()).isEqualTo("FC66B");
		assertThat(own.path("series").asInt()).isEqualTo(2);
		assertThat(own.path("missingDistributors")).isEmpty();
		JsonNode history = own.path("history");
		assertThat(history.get(history.size() - 1).path("period").asString()).isEqualTo("2068-11");
		List<Double> expected = new ArrayList<>();
		double[] f1 = ForecastData.values(ForecastData.B, "F66-1", ForecastData.LAST_B);
		double[] f3 = ForecastData.values(ForecastData.B, "F66-3", ForecastData.LAST_B);
		for (int i = 0; i < f1.length; i++) {
			expected.add(f1[i] + f3[i]);
		}
		assertThat(history).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(history.get(i).path("quantity").asDouble()).isEqualTo(expected.get(i));
		}
		// the same SKU named: its own series, not FC66A's
		assertThat(get(b, "?sku=F66-1").path("history").get(0).path("quantity").asDouble()).isEqualTo(f1[0]);
		assertThat(get(b, "?group=" + ForecastData.parent).path("series").asInt()).isEqualTo(1);
	}

	@Test
	void badParametersAreRefusedWithTheReason() {
		for (String query : List.of("?horizon=25", "?horizon=x", "?asOf=2068-13", "?method=arima", "?group=abc",
				"?sku=F66-1&group=1")) {
			HttpResponse<String> response = browser().api("/api/v1/forecasts" + query, "analyst", "demo");
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(SellOutApi.json(response).path("detail").asString()).as(query).isNotBlank();
		}
	}

}
