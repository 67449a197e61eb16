package com.sellout.portal.forecasting.models;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Theta against R's {@code forecast::thetaf} (8.20) on the monthly series that ship with
 * R, their last 30 months, and two short non-seasonal ones (reference.R): the same
 * seasonality decision, point forecasts within 2 % (or 0.01), the 80 % band within 2 % of
 * its half-width.
 */
class ThetaReferenceTest {

	static Stream<Arguments> series() {
		List<String[]> records = ReferenceSeries.records("reference.txt", "theta");
		assertThat(records).hasSizeGreaterThanOrEqualTo(18);
		return records.stream().map(r -> Arguments.of(r[1], r));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("series")
	void forecastsAsThetaf(String name, String[] record) {
		double[] y = ReferenceSeries.numbers(record[4]);
		double[] mean = ReferenceSeries.numbers(record[5]);
		double[] lower = ReferenceSeries.numbers(record[6]);
		double[] upper = ReferenceSeries.numbers(record[7]);

		assertThat(Theta.seasonal(y, 12)).as("seasonal").isEqualTo(record[2].equals("1"));
		Prediction ours = new Theta().forecast(y, 12, mean.length);

		assertThat(ours.method()).isEqualTo("Theta");
		for (int i = 0; i < mean.length; i++) {
			assertThat(ours.mean()[i]).as("mean %d", i + 1)
				.isCloseTo(mean[i], within(Math.max(0.01, 0.02 * Math.abs(mean[i]))));
			double half = upper[i] - mean[i];
			assertThat(ours.upper80()[i] - ours.mean()[i]).as("upper half-width %d", i + 1)
				.isCloseTo(half, within(Math.max(0.01, 0.02 * half)));
			assertThat(ours.mean()[i] - ours.lower80()[i]).as("lower half-width %d", i + 1)
				.isCloseTo(mean[i] - lower[i], within(Math.max(0.01, 0.02 * half)));
		}
	}

}
