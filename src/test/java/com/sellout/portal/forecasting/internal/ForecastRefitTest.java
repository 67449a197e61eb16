package com.sellout.portal.forecasting.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.ForecastAccuracy;
import com.sellout.portal.forecasting.ForecastChange;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.SalesForecasts;
import com.sellout.portal.forecasting.TrackRecord;
import com.sellout.portal.forecasting.internal.ForecastFixture.Sale;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The refit after the reports' events: debounced (a distributor refitted at most once per
 * refit interval, 2 s in the tests, however many reports arrive), and a report that
 * changes one product's month refits that series only — the other keeps its stored
 * forecast, row and all.
 */
class ForecastRefitTest extends PortalTest {

	static final String CODE = "FC74R";

	static final String CLIENT = TestInns.organisation(7_400_001);

	static final YearMonth FIRST = YearMonth.of(2074, 1);

	static final YearMonth LAST = YearMonth.of(2074, 12);

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private ForecastingSettings settings;

	@Autowired
	private SalesForecasts forecasts;

	record Stored(long id, OffsetDateTime fittedAt) {
	}

	private Map<String, Stored> stored(long distributorId) {
		Map<String, Stored> rows = new TreeMap<>();
		asSystem(() -> {
			jdbc.sql("select sku, id, fitted_at from forecast_series where distributor_id = ? and latest")
				.param(distributorId)
				.query(rs -> {
					rows.put(rs.getString(1), new Stored(rs.getLong(2), rs.getObject(3, OffsetDateTime.class)));
				});
			return null;
		});
		return rows;
	}

	private List<OffsetDateTime> runs(long distributorId) {
		return asSystem(() -> jdbc
			.sql("select started_at from forecast_refit_runs where distributor_id = ? order by started_at")
			.param(distributorId)
			.query(OffsetDateTime.class)
			.list());
	}

	@Test
	void reportsAreRefittedDebouncedAndOnlyTheSeriesTheyChanged() {
		ForecastFixture fixture = new ForecastFixture(this::browser, jdbc, transactions);
		long id = asSystem(() -> ForecastFixture.distributor(distributors, users, CODE, 7_400_101).id());
		fixture.group("Прогноз 2074", "F74-1", "F74-2");
		Map<String, Map<YearMonth, Double>> sent = new TreeMap<>();
		long started = System.nanoTime();
		for (int t = 0; t < 12; t++) {
			YearMonth month = FIRST.plusMonths(t);
			double one = 40 + t;
			double two = 15 + t % 3;
			sent.computeIfAbsent("F74-1", s -> new TreeMap<>()).put(month, one);
			sent.computeIfAbsent("F74-2", s -> new TreeMap<>()).put(month, two);
			fixture.sellOut(CODE, month, List.of(new Sale("F74-1", CLIENT, one), new Sale("F74-2", CLIENT, two)));
		}
		fixture.awaitForecasts(id, sent, LAST);
		double seconds = (System.nanoTime() - started) / 1e9;
		List<OffsetDateTime> runs = runs(id);
		long interval = settings.refitInterval().toMillis();
		// twelve reports, one refit per interval at most
		assertThat(runs).isNotEmpty().hasSizeLessThanOrEqualTo((int) (seconds * 1000 / interval) + 2);
		for (int i = 1; i < runs.size(); i++) {
			assertThat(ChronoUnit.MILLIS.between(runs.get(i - 1), runs.get(i))).as("between refits")
				.isGreaterThanOrEqualTo(interval - 50);
		}
		Map<String, Stored> before = stored(id);

		// December again, F74-1 changed: only that series is fitted again
		sent.get("F74-1").put(LAST, 99.0);
		fixture.sellOut(CODE, LAST,
				List.of(new Sale("F74-1", CLIENT, 99), new Sale("F74-2", CLIENT, sent.get("F74-2").get(LAST))));
		fixture.awaitForecasts(id, sent, LAST);
		Map<String, Stored> after = stored(id);
		assertThat(after.get("F74-2")).isEqualTo(before.get("F74-2"));
		assertThat(after.get("F74-1").fittedAt()).isAfter(before.get("F74-1").fittedAt());
		assertThat(asSystem(() -> jdbc.sql("""
				select refitted from forecast_refit_runs where distributor_id = ? order by started_at desc limit 1""")
			.param(id)
			.query(Integer.class)
			.single())).isEqualTo(1);
		// the forecast made for December's history replaced, none added: one per made-in
		// month
		assertThat(asSystem(() -> jdbc.sql("""
				select count(*) from forecast_series where distributor_id = ? and sku = 'F74-1' and made_in = ?""")
			.params(id, LAST.atDay(1))
			.query(Long.class)
			.single())).isEqualTo(1);

		// a new month: a new made-in month, the one before kept
		YearMonth next = LAST.plusMonths(1);
		sent.get("F74-1").put(next, 52.0);
		sent.get("F74-2").put(next, 16.0);
		fixture.sellOut(CODE, next, List.of(new Sale("F74-1", CLIENT, 52), new Sale("F74-2", CLIENT, 16)));
		fixture.awaitForecasts(id, sent, next);
		listsOfTheStoredForecasts(id, sent, next);
	}

	/** Every stored forecast of a series: made-in month → forecast month → quantity. */
	private Map<YearMonth, Map<YearMonth, Double>> made(long distributorId, String sku) {
		Map<YearMonth, Map<YearMonth, Double>> made = new TreeMap<>();
		asSystem(() -> {
			jdbc.sql(
					"""
							select s.made_in, v.period, v.quantity from forecast_series s join forecast_values v on v.series_id = s.id
							 where s.distributor_id = ? and s.sku = ?""")
				.params(distributorId, sku)
				.query(rs -> {
					made.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()), m -> new TreeMap<>())
						.put(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getDouble(3));
				});
			return null;
		});
		return made;
	}

	private void listsOfTheStoredForecasts(long id, Map<String, Map<YearMonth, Double>> sent, YearMonth latest) {
		List<ForecastChange> changes = asUser("analyst", () -> forecasts.largestChanges(id, 10));
		assertThat(changes).extracting(ForecastChange::sku).containsExactlyInAnyOrder("F74-1", "F74-2");
		for (ForecastChange change : changes) {
			Map<YearMonth, Map<YearMonth, Double>> made = made(id, change.sku());
			assertThat(change.madeIn()).isEqualTo(latest);
			assertThat(change.previousMadeIn()).isEqualTo(latest.minusMonths(1));
			double current = 0;
			double previous = 0;
			int months = 0;
			for (Map.Entry<YearMonth, Double> month : made.get(latest).entrySet()) {
				Double before = made.get(latest.minusMonths(1)).get(month.getKey());
				if (!month.getKey().isAfter(latest.plusMonths(12)) && before != null) {
					current += month.getValue();
					previous += before;
					months++;
				}
			}
			assertThat(change.months()).isEqualTo(months);
			assertThat(change.current().doubleValue()).isCloseTo(current, within(0.001));
			assertThat(change.previous().doubleValue()).isCloseTo(previous, within(0.001));
		}
		assertThat(Math.abs(changes.get(0).current().subtract(changes.get(0).previous()).doubleValue()))
			.isGreaterThanOrEqualTo(
					Math.abs(changes.get(1).current().subtract(changes.get(1).previous()).doubleValue()));

		List<TrackRecord> track = asUser("analyst",
				() -> forecasts.trackRecord(new ForecastRequest(id, "F74-1", null, 12, null, null)));
		Map<YearMonth, Map<YearMonth, Double>> made = made(id, "F74-1");
		assertThat(track).extracting(TrackRecord::madeIn).containsExactlyElementsOf(made.keySet());
		for (TrackRecord record : track) {
			YearMonth period = record.madeIn().plusMonths(1);
			assertThat(record.period()).isEqualTo(period);
			assertThat(record.forecast().doubleValue()).isCloseTo(made.get(record.madeIn()).get(period), within(0.001));
			Double actual = sent.get("F74-1").get(period);
			if (actual == null) {
				assertThat(record.actual()).isNull();
			}
			else {
				assertThat(record.actual().doubleValue()).isEqualTo(actual);
			}
		}
		assertThat(track.get(track.size() - 1).actual()).as("the latest month's is still to come").isNull();

		List<ForecastAccuracy> worst = asUser("analyst", () -> forecasts.worstErrors(id, 10));
		assertThat(worst).extracting(ForecastAccuracy::sku).containsExactlyInAnyOrder("F74-1", "F74-2");
		assertThat(worst.get(0).backtest().wape()).isGreaterThanOrEqualTo(worst.get(1).backtest().wape());
		// another distributor sees none of it
		assertThat(asUser("alfa.admin", () -> forecasts.worstErrors(null, 10)))
			.extracting(ForecastAccuracy::distributor)
			.doesNotContain(CODE);
	}

}
