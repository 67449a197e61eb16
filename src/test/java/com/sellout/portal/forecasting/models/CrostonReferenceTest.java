package com.sellout.portal.forecasting.models;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Classic Croston against R's {@code forecast::croston} (8.20) on intermittent series
 * generated with a fixed seed, α = 0.1 and 0.3 (reference.R); and the seasonal naive
 * baseline against R's {@code snaive} on the real series, band included.
 */
class CrostonReferenceTest {

	static Stream<Arguments> croston() {
		List<String[]> records = ReferenceSeries.records("reference.txt", "croston");
		assertThat(records).hasSize(20);
		return records.stream().map(r -> Arguments.of(r[1] + " α=" + r[2], r));
	}

	static Stream<Arguments> snaive() {
		List<String[]> records = ReferenceSeries.records("reference.txt", "snaive");
		assertThat(records).hasSize(8);
		return records.stream().map(r -> Arguments.of(r[1], r));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("croston")
	void forecastsAsCroston(String name, String[] record) {
		double alpha = Double.parseDouble(record[2]);
		double[] y = ReferenceSeries.numbers(record[3]);
		double[] mean = ReferenceSeries.numbers(record[4]);

		Prediction ours = Croston.classic(alpha).forecast(y, 12, mean.length);

		assertThat(ours.method()).isEqualTo("Croston");
		for (int i = 0; i < mean.length; i++) {
			assertThat(ours.mean()[i]).isCloseTo(mean[i], within(Math.max(0.01, 0.02 * Math.abs(mean[i]))));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("snaive")
	void forecastsAsSnaive(String name, String[] record) {
		double[] y = ReferenceSeries.numbers(record[2]);
		double[] mean = ReferenceSeries.numbers(record[3]);
		double[] lower = ReferenceSeries.numbers(record[4]);
		double[] upper = ReferenceSeries.numbers(record[5]);

		Prediction ours = new SeasonalNaive().forecast(y, 12, mean.length);

		assertThat(ours.method()).isEqualTo("Seasonal naive");
		for (int i = 0; i < mean.length; i++) {
			assertThat(ours.mean()[i]).isCloseTo(mean[i], within(1e-9));
			assertThat(ours.lower80()[i]).isCloseTo(lower[i], within(1e-6 * Math.abs(lower[i]) + 1e-9));
			assertThat(ours.upper80()[i]).isCloseTo(upper[i], within(1e-6 * Math.abs(upper[i]) + 1e-9));
		}
	}

}
