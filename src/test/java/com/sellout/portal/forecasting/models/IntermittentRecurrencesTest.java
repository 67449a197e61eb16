package com.sellout.portal.forecasting.models;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * SBA and TSB (not in R's forecast 8.20) against values worked out by hand from their
 * recurrences; each case shows its steps. Croston: size z and interval p smoothed by SES
 * started at their first values; SBA = z / p · (1 − α/2). TSB: p ← p + β (1[y ≠ 0] − p)
 * every month, z ← z + α (y − z) in months with demand, started at the share of months
 * with demand and the mean demand; forecast p · z.
 */
class IntermittentRecurrencesTest {

	private static final double Z80 = 1.2815515655446004;

	@Test
	void sbaWithAlphaHalf() {
		// y = 0 4 0 0 2 0 6: demands in months 2, 5, 7; sizes 4, 2, 6; intervals 2, 3, 2.
		// size: 4 → 4 + ½(2 − 4) = 3 → 3 + ½(6 − 3) = 4.5
		// interval: 2 → 2 + ½(3 − 2) = 2.5 → 2.5 + ½(2 − 2.5) = 2.25
		// Croston 4.5 / 2.25 = 2; SBA 2 · (1 − ¼) = 1.5
		double[] y = { 0, 4, 0, 0, 2, 0, 6 };
		assertThat(Croston.classic(0.5).forecast(y, 12, 3).mean()).containsExactly(2, 2, 2);
		Prediction sba = Croston.sba(0.5).forecast(y, 12, 3);
		assertThat(sba.method()).isEqualTo("SBA");
		assertThat(sba.mean()).containsExactly(1.5, 1.5, 1.5);
		// one-step forecasts before months 2..7: 0; 4/2·¾ = 1.5; 1.5; 1.5; 3/2.5·¾ = 0.9;
		// 0.9
		// errors 4, −1.5, −1.5, 0.5, −0.9, 5.1: Σe² = 16 + 2.25 + 2.25 + 0.25 + 0.81 +
		// 26.01
		double sigma = Math.sqrt(47.57 / 6);
		assertThat(sba.upper80()[0]).isCloseTo(1.5 + Z80 * sigma, within(1e-9));
		// no negative month in the history: the band stops at 0
		assertThat(sba.lower80()[0]).isEqualTo(0);
	}

	@Test
	void sbaWithTheDefaultAlpha() {
		// α = 0.1, the same series: size 4 → 3.8 → 3.8 + 0.1 · 2.2 = 4.02;
		// interval 2 → 2.1 → 2.1 + 0.1 · (2 − 2.1) = 2.09; SBA = 4.02 / 2.09 · 0.95
		double[] y = { 0, 4, 0, 0, 2, 0, 6 };
		assertThat(Croston.sba().forecast(y, 12, 1).mean()[0]).isCloseTo(4.02 / 2.09 * 0.95, within(1e-12));
		assertThat(Croston.classic().forecast(y, 12, 1).mean()[0]).isCloseTo(4.02 / 2.09, within(1e-12));
	}

	@Test
	void sbaCountsAReturnAsADemand() {
		// y = 5 −2 3: three demands a month apart; size 5 → 5 + ½(−2 − 5) = 1.5 → 1.5 +
		// ½(3 − 1.5)
		// = 2.25; interval 1 throughout; SBA 2.25 · ¾
		double[] y = { 5, -2, 3 };
		Prediction sba = Croston.sba(0.5).forecast(y, 12, 2);
		assertThat(sba.mean()[0]).isCloseTo(2.25 * 0.75, within(1e-12));
		// a negative month in the history: the band may go below 0
		assertThat(sba.lower80()[0]).isLessThan(0);
	}

	@Test
	void tsbWithHalves() {
		// y = 3 0 0 5, α = β = ½. Start: p = 2/4 = 0.5, z = (3 + 5)/2 = 4 (forecast 2)
		// month 1 (3): p = 0.5 + ½(1 − 0.5) = 0.75, z = 4 + ½(3 − 4) = 3.5 (forecast
		// 2.625)
		// month 2 (0): p = 0.375 (1.3125); month 3 (0): p = 0.1875 (0.65625)
		// month 4 (5): p = 0.1875 + ½(1 − 0.1875) = 0.59375, z = 3.5 + ½(5 − 3.5) = 4.25
		// forecast 0.59375 · 4.25 = 2.5234375
		double[] y = { 3, 0, 0, 5 };
		Prediction tsb = new Tsb(0.5, 0.5).forecast(y, 12, 2);
		assertThat(tsb.method()).isEqualTo("TSB");
		assertThat(tsb.mean()).containsExactly(2.5234375, 2.5234375);
		// errors 3 − 2, 0 − 2.625, 0 − 1.3125, 5 − 0.65625
		double sse = 1 + 2.625 * 2.625 + 1.3125 * 1.3125 + 4.34375 * 4.34375;
		assertThat(tsb.upper80()[1]).isCloseTo(2.5234375 + Z80 * Math.sqrt(sse / 4), within(1e-9));
	}

	@Test
	void tsbWithTheDefaults() {
		// y = 0 2 0 0 4 0, α = β = 0.1. Start: p = 2/6, z = 3
		// 0: p = 0.3 · ... = 1/3 · 0.9 = 0.3; 2: p = 0.3 + 0.1 · 0.7 = 0.37, z = 3 − 0.1
		// = 2.9
		// 0: p = 0.333; 0: p = 0.2997; 4: p = 0.2997 + 0.07003 = 0.36973, z = 2.9 + 0.11
		// = 3.01
		// 0: p = 0.332757; forecast 0.332757 · 3.01
		double[] y = { 0, 2, 0, 0, 4, 0 };
		assertThat(new Tsb().forecast(y, 12, 1).mean()[0]).isCloseTo(0.332757 * 3.01, within(1e-12));
	}

	@Test
	void tsbDecaysThroughMonthsWithoutDemandWhereCrostonStays() {
		double[] before = { 5, 0, 6, 0, 0, 5, 0, 7 };
		double[] after = { 5, 0, 6, 0, 0, 5, 0, 7, 0, 0, 0, 0 };
		assertThat(new Tsb().forecast(after, 12, 1).mean()[0]).isLessThan(new Tsb().forecast(before, 12, 1).mean()[0]);
		assertThat(Croston.sba().forecast(after, 12, 1).mean()[0])
			.isEqualTo(Croston.sba().forecast(before, 12, 1).mean()[0]);
	}

	@Test
	void noDemandForecastsZero() {
		double[] y = { 0, 0, 0, 0 };
		assertThat(Croston.sba().forecast(y, 12, 2).mean()).containsExactly(0, 0);
		assertThat(new Tsb().forecast(y, 12, 2).mean()).containsExactly(0, 0);
		assertThat(new Tsb().forecast(y, 12, 2).upper80()).containsExactly(0, 0);
	}

}
