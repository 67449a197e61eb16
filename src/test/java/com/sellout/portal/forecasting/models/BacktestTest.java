package com.sellout.portal.forecasting.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rolling-origin backtest: its origins, its sums and MASE's scale. */
class BacktestTest {

	@Test
	void originsKeepTwoSeasonsWhereTheyCanAndGiveShortSeriesSixWindows() {
		// 36 months, 12 ahead: two seasons to fit on, windows of 12 down to 7 months
		assertThat(Backtest.origins(36, 12)).containsExactly(24, 25, 26, 27, 28, 29);
		// 36 months, 6 ahead: six full windows at the end
		assertThat(Backtest.origins(36, 6)).containsExactly(25, 26, 27, 28, 29, 30);
		// a long history: six full windows at the end
		assertThat(Backtest.origins(60, 12)).containsExactly(43, 44, 45, 46, 47, 48);
		// 12–30 months: six origins, the first leaves n − 6 months
		assertThat(Backtest.origins(12, 12)).containsExactly(6, 7, 8, 9, 10, 11);
		assertThat(Backtest.origins(18, 3)).containsExactly(12, 13, 14, 15, 16, 17);
		assertThat(Backtest.origins(27, 12)).containsExactly(21, 22, 23, 24, 25, 26);
		// at least 4 months to fit on: 7 months give 3 windows, 4 none
		assertThat(Backtest.origins(7, 12)).containsExactly(4, 5, 6);
		assertThat(Backtest.origins(4, 12)).isEmpty();
		assertThat(Backtest.origins(0, 12)).isEmpty();
		for (int n = 12; n <= 36; n++) {
			assertThat(Backtest.origins(n, 12).length).as("windows of %d months", n).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void sumsTheErrorsOfEveryWindowByHand() {
		// y = 1..12, the naive forecast (the last month) 3 ahead; origins 6..11 (training
		// lengths). At origin o it forecasts o for months o+1..o+3: errors −1, −2, −3.
		// o = 6..9: three points each (|e| 6, actuals 3o + 6); o = 10: 11, 12 (|e| 3,
		// 23);
		// o = 11: 12 (|e| 1, 12). points 15, Σ|e| 28, Σe −28, Σ|actual|
		// 24+27+30+33+23+12.
		double[] y = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
		BacktestResult result = Backtest.run(naive(), y, 12, 3);
		assertThat(result.windows()).isEqualTo(6);
		assertThat(result.horizon()).isEqualTo(3);
		assertThat(result.points()).isEqualTo(15);
		assertThat(result.absError()).isEqualTo(28);
		assertThat(result.error()).isEqualTo(-28);
		assertThat(result.actual()).isEqualTo(149);
		// no full season before any month: the naive MAE (1) scales
		assertThat(result.scale()).isEqualTo(1);
		assertThat(result.mase()).isCloseTo(28.0 / 15, within(1e-12));
		assertThat(result.wape()).isCloseTo(28.0 / 149, within(1e-12));
		assertThat(result.bias()).isCloseTo(-28.0 / 149, within(1e-12));
	}

	@Test
	void fitsEachOriginOnTheMonthsBeforeItOnly() {
		double[] y = new double[36];
		Arrays.setAll(y, t -> 100 + t);
		List<double[]> seen = new ArrayList<>();
		Forecaster spy = (train, m, horizon) -> {
			seen.add(train.clone());
			return naive().forecast(train, m, horizon);
		};
		Backtest.run(spy, y, 12, 12);
		assertThat(seen).extracting(train -> train.length).containsExactly(24, 25, 26, 27, 28, 29);
		for (double[] train : seen) {
			assertThat(train).containsExactly(Arrays.copyOf(y, train.length));
		}
	}

	@Test
	void scaleIsTheSeasonalNaiveMaeElseTheNaiveOne() {
		// 24 months, the second year 2 above the first in each month: seasonal naive MAE
		// 2
		double[] y = new double[24];
		Arrays.setAll(y, t -> (t % 12) * 3 + (t / 12) * 2);
		assertThat(Backtest.scale(y, 12)).isEqualTo(2);
		// the same year twice: seasonal naive MAE 0, the naive one scales:
		// |Δ| = 3 for 11 steps a year, 33 back at the new year: (2·11·3 + 33) / 23
		double[] twice = new double[24];
		Arrays.setAll(twice, t -> (t % 12) * 3);
		assertThat(Backtest.scale(twice, 12)).isCloseTo((66 + 33) / 23.0, within(1e-12));
		// constant: 0, MASE undefined, WAPE still is
		double[] flat = new double[20];
		Arrays.fill(flat, 5);
		assertThat(Backtest.scale(flat, 12)).isZero();
		BacktestResult result = Backtest.run(naive(), flat, 12, 3);
		assertThat(result.mase()).isNaN();
		assertThat(result.wape()).isZero();
	}

	@Test
	void tooShortAHistoryHasNoWindow() {
		BacktestResult result = Backtest.run(naive(), new double[] { 1, 2, 3, 4 }, 12, 3);
		assertThat(result.windows()).isZero();
		assertThat(result.mase()).isNaN();
	}

	private static Forecaster naive() {
		return (train, m, horizon) -> {
			double[] mean = new double[horizon];
			Arrays.fill(mean, train[train.length - 1]);
			return new Prediction("naive", mean, mean, mean);
		};
	}

}
