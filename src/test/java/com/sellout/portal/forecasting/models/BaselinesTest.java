package com.sellout.portal.forecasting.models;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The baselines and Croston's one-demand case, by hand (the seasonal naive with a full
 * season is checked against R in CrostonReferenceTest).
 */
class BaselinesTest {

	private static final double Z80 = 1.2815515655446004;

	@Test
	void movingAverageOfTheLastWindow() {
		// window 2, y = 2 4 6 3: forecast (6 + 3)/2 = 4.5; one-step forecasts 2, 3, 5 for
		// months 2..4: errors 2, 3, −2
		Prediction ma = new MovingAverage(2).forecast(new double[] { 2, 4, 6, 3 }, 12, 3);
		assertThat(ma.method()).isEqualTo("Moving average(2)");
		assertThat(ma.mean()).containsExactly(4.5, 4.5, 4.5);
		assertThat(ma.upper80()[2]).isCloseTo(4.5 + Z80 * Math.sqrt(17.0 / 3), within(1e-12));
		assertThat(ma.lower80()[0]).isCloseTo(Math.max(0, 4.5 - Z80 * Math.sqrt(17.0 / 3)), within(1e-12));
	}

	@Test
	void movingAverageTakesAWholeSeasonByDefault() {
		double[] y = new double[14];
		for (int t = 0; t < 14; t++) {
			y[t] = t + 1;
		}
		// the last 12 months: 3..14
		Prediction ma = new MovingAverage().forecast(y, 12, 1);
		assertThat(ma.method()).isEqualTo("Moving average(12)");
		assertThat(ma.mean()[0]).isCloseTo(8.5, within(1e-12));
		// a shorter history: all of it
		assertThat(new MovingAverage().forecast(new double[] { 3, 5 }, 12, 1).mean()).containsExactly(4);
		assertThat(new MovingAverage().forecast(new double[] { 3, 5 }, 12, 1).method()).isEqualTo("Moving average(2)");
	}

	@Test
	void seasonalNaiveWithoutAFullSeasonIsNaive() {
		// y = 1 2 3: the last month; errors of the lag-1 forecast 1, 1: σ² = 1, k months
		// ahead
		// √k
		Prediction naive = new SeasonalNaive().forecast(new double[] { 1, 2, 3 }, 12, 2);
		assertThat(naive.method()).isEqualTo("Naive");
		assertThat(naive.mean()).containsExactly(3, 3);
		assertThat(naive.upper80()[1]).isCloseTo(3 + Z80 * Math.sqrt(2), within(1e-12));
	}

	@Test
	void crostonWithOneDemandIsItsSizeOverItsInterval() {
		// as R: one demand of 6 in month 3, interval 3 → 2
		assertThat(Croston.classic().forecast(new double[] { 0, 0, 6, 0 }, 12, 2).mean()).containsExactly(2, 2);
	}

}
