package com.sellout.portal.forecasting.models;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.sellout.portal.forecasting.DemandClass;
import com.sellout.portal.forecasting.ForecastMethod;
import org.junit.jupiter.api.Test;

import static com.sellout.portal.forecasting.ForecastMethod.CROSTON;
import static com.sellout.portal.forecasting.ForecastMethod.ETS;
import static com.sellout.portal.forecasting.ForecastMethod.MOVING_AVERAGE;
import static com.sellout.portal.forecasting.ForecastMethod.SBA;
import static com.sellout.portal.forecasting.ForecastMethod.SEASONAL_NAIVE;
import static com.sellout.portal.forecasting.ForecastMethod.THETA;
import static com.sellout.portal.forecasting.ForecastMethod.TSB;
import static org.assertj.core.api.Assertions.assertThat;

/** The demand class picks the candidates, the backtest the winner, refitted on it all. */
class AutoForecastTest {

	@Test
	void theClassPicksTheCandidatesAndTheBaselinesJoin() {
		assertThat(AutoForecast.candidates(DemandClass.SMOOTH, 36)).containsExactly(ETS, THETA, SEASONAL_NAIVE,
				MOVING_AVERAGE);
		assertThat(AutoForecast.candidates(DemandClass.ERRATIC, 36)).containsExactly(ETS, SEASONAL_NAIVE,
				MOVING_AVERAGE);
		assertThat(AutoForecast.candidates(DemandClass.INTERMITTENT, 36)).containsExactly(CROSTON, SBA, SEASONAL_NAIVE,
				MOVING_AVERAGE);
		assertThat(AutoForecast.candidates(DemandClass.LUMPY, 36)).containsExactly(TSB, SEASONAL_NAIVE, MOVING_AVERAGE);
		assertThat(AutoForecast.candidates(DemandClass.SPARSE, 36)).containsExactly(MOVING_AVERAGE);
	}

	@Test
	void underTwoSeasonsOnlyNonSeasonalMethods() {
		assertThat(AutoForecast.candidates(DemandClass.SMOOTH, 23)).containsExactly(ETS, THETA, MOVING_AVERAGE);
		assertThat(AutoForecast.candidates(DemandClass.LUMPY, 20)).containsExactly(TSB, MOVING_AVERAGE);
		// a strongly seasonal 20-month series: no seasonal naive, no seasonal Theta
		double[] y = seasonal(20, new Random(1));
		Choice choice = AutoForecast.choose(y, 12);
		assertThat(choice.method()).isNotEqualTo(SEASONAL_NAIVE);
		assertThat(Theta.seasonal(y, 12)).isFalse();
		assertThat(choice.prediction().method()).doesNotContain("Seasonal").doesNotEndWith(",A)").doesNotEndWith(",M)");
	}

	@Test
	void sparseSeriesGetTheMovingAverage() {
		double[] y = new double[36];
		y[10] = 4;
		y[30] = 2;
		Choice choice = AutoForecast.choose(y, 6);
		assertThat(choice.demandClass()).isEqualTo(DemandClass.SPARSE);
		assertThat(choice.method()).isEqualTo(MOVING_AVERAGE);
		assertThat(choice.prediction().method()).isEqualTo("Moving average(12)");
		// the last 12 months hold the 2
		assertThat(choice.prediction().mean()).containsOnly(2.0 / 12);
		assertThat(choice.backtest().windows()).isEqualTo(6);
	}

	@Test
	void theBacktestPicksTheBestCandidateAndTheWinnerIsRefittedOnTheWholeHistory() {
		Random random = new Random(7);
		for (double[] y : List.of(intermittent(36, random), intermittent(48, random), lumpy(36, random),
				seasonal(36, random), seasonal(30, random))) {
			Choice choice = AutoForecast.choose(y, 12);
			List<ForecastMethod> candidates = AutoForecast.candidates(choice.demandClass(), y.length);
			assertThat(candidates).contains(choice.method());
			for (ForecastMethod other : candidates) {
				Choice alone = AutoForecast.with(other, y, 12);
				if (alone.method() == other) {
					assertThat(choice.backtest().mase()).as("%s vs %s", choice.method(), other)
						.isLessThanOrEqualTo(alone.backtest().mase());
				}
			}
			Choice refit = AutoForecast.with(choice.method(), y, 12);
			assertThat(choice.prediction().mean()).containsExactly(refit.prediction().mean());
			assertThat(choice.backtest()).isEqualTo(refit.backtest());
			assertThat(choice.prediction().horizon()).isEqualTo(12);
		}
	}

	@Test
	void withForecastsByTheGivenMethodAndBacktestsIt() {
		double[] y = intermittent(36, new Random(3));
		Choice sba = AutoForecast.with(SBA, y, 6);
		assertThat(sba.method()).isEqualTo(SBA);
		assertThat(sba.prediction().method()).isEqualTo("SBA");
		assertThat(sba.demandClass()).isEqualTo(DemandClassifier.classify(y));
		assertThat(sba.backtest().windows()).isEqualTo(6);
		assertThat(sba.backtest().horizon()).isEqualTo(6);
		assertThat(sba.backtest()).isEqualTo(Backtest.run(Croston.sba(), y, 12, 6));
		assertThat(sba.prediction().mean()).containsExactly(Croston.sba().forecast(y, 12, 6).mean());
		Choice tsb = AutoForecast.with(TSB, y, 6);
		assertThat(tsb.prediction().method()).isEqualTo("TSB");
		assertThat(AutoForecast.with(SEASONAL_NAIVE, y, 6).prediction().method()).isEqualTo("Seasonal naive");
		assertThat(AutoForecast.with(THETA, y, 6).prediction().method()).isEqualTo("Theta");
	}

	@Test
	void netReturnsWork() {
		Random random = new Random(11);
		double[] y = seasonal(36, random);
		y[5] = -40;
		y[20] = -3;
		for (ForecastMethod method : ForecastMethod.values()) {
			Choice choice = AutoForecast.with(method, y, 12);
			assertThat(boxed(choice.prediction().mean())).as("%s", method).allMatch(Double::isFinite);
			assertThat(boxed(choice.prediction().lower80())).as("%s", method).allMatch(Double::isFinite);
		}
		assertThat(boxed(AutoForecast.choose(y, 12).prediction().mean())).allMatch(Double::isFinite);
		// a distributor who mostly takes goods back: forecasts may be negative
		double[] returns = new double[24];
		Arrays.setAll(returns, t -> t % 3 == 0 ? 0 : -5 - t % 2);
		Choice choice = AutoForecast.choose(returns, 6);
		assertThat(boxed(choice.prediction().mean())).allMatch(v -> v <= 0).anyMatch(v -> v < 0);
	}

	@Test
	void aFallingSeriesWithoutReturnsIsNeverForecastBelowZero() {
		// a product being phased out: 36 months falling from 400 towards 10
		double[] y = new double[36];
		Arrays.setAll(y, t -> 400 - 11 * t + (t % 4) * 3);
		Choice ets = AutoForecast.with(ETS, y, 24);
		Choice chosen = AutoForecast.choose(y, 24);
		for (Choice choice : List.of(ets, chosen)) {
			assertThat(boxed(choice.prediction().mean())).as(choice.prediction().method()).allMatch(v -> v >= 0);
			assertThat(boxed(choice.prediction().lower80())).as(choice.prediction().method()).allMatch(v -> v >= 0);
		}
		// the trend reaches zero within the horizon: the floor is what holds it there
		assertThat(boxed(ets.prediction().mean())).contains(0.0);
	}

	@Test
	void shortAndEmptyHistories() {
		Choice empty = AutoForecast.choose(new double[0], 3);
		assertThat(empty.method()).isEqualTo(MOVING_AVERAGE);
		assertThat(empty.prediction().mean()).containsExactly(0, 0, 0);
		assertThat(empty.backtest().windows()).isZero();
		assertThat(AutoForecast.with(THETA, new double[0], 2).prediction().mean()).containsExactly(0, 0);
		Choice three = AutoForecast.choose(new double[] { 5, 6, 7 }, 2);
		assertThat(three.prediction().horizon()).isEqualTo(2);
		assertThat(three.backtest().windows()).isZero();
		for (ForecastMethod method : ForecastMethod.values()) {
			assertThat(boxed(AutoForecast.with(method, new double[] { 4 }, 2).prediction().mean())).hasSize(2)
				.allMatch(Double::isFinite);
		}
	}

	static List<Double> boxed(double[] values) {
		return Arrays.stream(values).boxed().toList();
	}

	static double[] seasonal(int n, Random random) {
		double[] y = new double[n];
		for (int t = 0; t < n; t++) {
			y[t] = Math.round((100 + 2 * t) * (1 + 0.4 * Math.sin(2 * Math.PI * t / 12)) + random.nextGaussian() * 6);
		}
		return y;
	}

	static double[] intermittent(int n, Random random) {
		double[] y = new double[n];
		for (int t = 0; t < n; t++) {
			y[t] = random.nextDouble() < 0.4 ? 8 + random.nextInt(4) : 0;
		}
		y[0] = 9;
		return y;
	}

	static double[] lumpy(int n, Random random) {
		double[] y = new double[n];
		for (int t = 0; t < n; t++) {
			y[t] = random.nextDouble() < 0.35 ? 1 + random.nextInt(60) : 0;
		}
		y[0] = 30;
		y[1] = 2;
		return y;
	}

}
