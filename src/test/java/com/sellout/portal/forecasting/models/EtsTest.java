package com.sellout.portal.forecasting.models;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the sell-out series need of ETS besides agreeing with R: zeros and negative
 * months, short and constant series, the seasonal models only with two seasons (the speed
 * is the forecast benchmark's).
 */
class EtsTest {

	private static final int M = 12;

	@Test
	void autoForecastsWithTheChosenModelsName() {
		double[] y = sellOut(new Random(1), 36, 500, 0.25);
		Prediction p = Ets.auto().forecast(y, M, 12);
		EtsFit fit = Ets.select(y, M);
		assertThat(p.method()).isEqualTo(fit.model().name()).startsWith("ETS(");
		assertThat(p.mean()).containsExactly(fit.pointForecasts(12));
		assertThat(p.horizon()).isEqualTo(12);
		for (int i = 0; i < 12; i++) {
			assertThat(p.lower80()[i]).isLessThan(p.mean()[i]);
			assertThat(p.upper80()[i]).isGreaterThan(p.mean()[i]);
		}
		// the spread grows with the horizon
		assertThat(p.upper80()[11] - p.lower80()[11]).isGreaterThanOrEqualTo(p.upper80()[0] - p.lower80()[0]);
	}

	@Test
	void aStrongSeasonIsFollowed() {
		double[] y = sellOut(new Random(2), 36, 1000, 0.4);
		EtsFit fit = Ets.select(y, M);
		assertThat(fit.model().seasonal()).isTrue();
		double[] f = fit.pointForecasts(12);
		// the forecast of each calendar month is near last year's, not the mean
		for (int i = 0; i < 12; i++) {
			assertThat(Math.abs(f[i] - y[24 + i])).isLessThan(0.25 * y[24 + i]);
		}
	}

	@Test
	void seriesWithZerosOrReturnsGetAdditiveModelsOnly() {
		double[] y = sellOut(new Random(3), 36, 50, 0.3);
		y[5] = 0;
		y[17] = -8;
		EtsFit fit = Ets.select(y, M);
		assertThat(fit.model().multiplicative()).isFalse();
		assertThat(Arrays.stream(fit.forecast(12).mean())).allMatch(Double::isFinite);
		assertThat(EtsModel.candidates(false, true)).noneMatch(EtsModel::multiplicative);
		assertThatIllegalArgumentException().isThrownBy(() -> Ets.fit(y, M, EtsModel.of("MNN")))
			.withMessageContaining("> 0");
	}

	@Test
	void seasonalModelsOnlyWithTwoSeasons() {
		double[] y = sellOut(new Random(4), 23, 300, 0.5);
		assertThat(Ets.select(y, M).model().seasonal()).isFalse();
		double[] longer = sellOut(new Random(4), 24, 300, 0.5);
		assertThat(Ets.select(longer, 1).model().seasonal()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Ets.fit(Arrays.copyOf(y, 12), M, EtsModel.of("ANA")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 12, 13, 24, 25 })
	void shortSeriesDoNotBreak(int months) {
		double[] y = sellOut(new Random(months), months, 20, 0.3);
		Prediction p = Ets.auto().forecast(y, M, 6);
		assertThat(Arrays.stream(p.mean())).hasSize(6).allMatch(Double::isFinite);
		assertThat(Arrays.stream(p.lower80())).allMatch(Double::isFinite);
		assertThat(Arrays.stream(p.upper80())).allMatch(Double::isFinite);
		double mean = Arrays.stream(y).average().orElseThrow();
		double max = Arrays.stream(y).max().orElseThrow();
		assertThat(p.mean()[0]).isBetween(0.0, 3 * Math.max(max, mean));
		if (months < 4) {
			// no model has fewer parameters than the months less one: the mean stays
			assertThat(p.mean()).containsOnly(mean);
		}
	}

	@Test
	void refusesNoHistoryOrAMonthThatIsNoNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ets.select(new double[0], M));
		assertThatIllegalArgumentException().isThrownBy(() -> Ets.select(new double[] { 1, Double.NaN, 3, 4, 5 }, M));
	}

	@Test
	void aConstantSeriesIsForecastAsItself() {
		double[] y = new double[20];
		Arrays.fill(y, 7);
		Prediction p = Ets.auto().forecast(y, M, 3);
		assertThat(p.mean()).containsExactly(7, 7, 7);
		assertThat(p.lower80()).containsExactly(7, 7, 7);
		assertThat(Ets.auto().forecast(new double[] { 0, 0, 0, 0, 0 }, M, 2).mean()).containsExactly(0, 0);
	}

	@Test
	void theParametersStayWithinRsBounds() {
		Random random = new Random(5);
		for (int k = 0; k < 20; k++) {
			EtsFit fit = Ets.select(sellOut(random, 36, 100 + 50 * k, 0.05 * k), M);
			assertThat(fit.alpha()).isBetween(1e-4, 0.9999);
			if (fit.model().trended()) {
				assertThat(fit.beta()).isBetween(1e-4, fit.alpha());
			}
			if (fit.model().seasonal()) {
				assertThat(fit.gamma()).isBetween(1e-4, 1 - fit.alpha());
			}
			if (fit.model().damped()) {
				assertThat(fit.phi()).isBetween(0.8, 0.98);
			}
			assertThat(fit.aicc()).isGreaterThan(fit.aic());
			assertThat(fit.loglik()).isFinite();
		}
	}

	/**
	 * Sell-out-like: a level with a slight trend, a season of {@code amplitude}, noise.
	 */
	static double[] sellOut(Random random, int months, double level, double amplitude) {
		double[] y = new double[months];
		for (int t = 0; t < months; t++) {
			double season = Math.sin(2 * Math.PI * (t + 1) / 12.0);
			y[t] = Math.max(1, Math
				.round(level * (1 + 0.005 * t) * (1 + amplitude * season) * Math.exp(0.1 * random.nextGaussian())));
		}
		return y;
	}

}
