package com.sellout.portal.forecasting.models;

import java.util.stream.Stream;

import com.sellout.portal.forecasting.DemandClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demand classes by ADI (1.32) and CV² (0.49), counted from the first demand. */
class DemandClassifierTest {

	static Stream<Arguments> table() {
		return Stream.of(
				// every month, steady sizes: ADI 1
				Arguments.of(new double[] { 10, 12, 11, 9, 10, 11, 12, 10 }, DemandClass.SMOOTH),
				// every month, sizes 1..30: CV² far above 0.49
				Arguments.of(new double[] { 1, 20, 2, 30, 1, 25 }, DemandClass.ERRATIC),
				// from month 3: 10 months, 5 demands (ADI 2), sizes 5–6
				Arguments.of(new double[] { 0, 0, 5, 0, 6, 0, 5, 0, 0, 6, 0, 5 }, DemandClass.INTERMITTENT),
				// from month 2: 9 months, 4 demands (ADI 2.25), sizes 1–30
				Arguments.of(new double[] { 0, 1, 0, 0, 30, 0, 2, 0, 0, 25 }, DemandClass.LUMPY),
				// two demands only
				Arguments.of(new double[] { 0, 0, 0, 7, 0, 0, 0, 0, 3, 0 }, DemandClass.SPARSE),
				Arguments.of(new double[] { 0, 0, 0 }, DemandClass.SPARSE),
				Arguments.of(new double[0], DemandClass.SPARSE),
				// the months before the first demand do not count: ADI 1, not 2
				Arguments.of(new double[] { 0, 0, 0, 0, 0, 0, 10, 11, 10, 12, 11, 10 }, DemandClass.SMOOTH),
				// CV² of 17, 3, … is (7/10)² = 0.49: at the threshold, not below it
				Arguments.of(new double[] { 17, 3, 17, 3, 17, 3 }, DemandClass.ERRATIC),
				Arguments.of(new double[] { 16, 4, 16, 4, 16, 4 }, DemandClass.SMOOTH),
				// a return is a demand; sizes keep their sign
				Arguments.of(new double[] { 10, -3, 12, 11, 9 }, DemandClass.ERRATIC),
				// a mean of exactly 0: CV² infinite, no crash
				Arguments.of(new double[] { 5, 0, 0, -5, 0, 0, 5, 0, -5 }, DemandClass.LUMPY));
	}

	@ParameterizedTest
	@MethodSource("table")
	void classifies(double[] y, DemandClass expected) {
		assertThat(DemandClassifier.classify(y)).isEqualTo(expected);
	}

	@Test
	void measuresAdiAndCv2() {
		// from month 2: 4 months, 3 demands (4, 2, 6): ADI 4/3; mean 4, variance (0 + 4 +
		// 4)/3
		DemandClassifier.Demand demand = DemandClassifier.measure(new double[] { 0, 4, 0, 2, 6 });
		assertThat(demand.months()).isEqualTo(4);
		assertThat(demand.demands()).isEqualTo(3);
		assertThat(demand.adi()).isCloseTo(4.0 / 3, within(1e-12));
		assertThat(demand.cv2()).isCloseTo(8.0 / 3 / 16, within(1e-12));
		assertThat(demand.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
	}

}
