package com.sellout.portal.forecasting.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The netting's rules on figures worked by hand: goods in transit count until their month
 * of arrival, then in the stock; the sell-in needed arrives after the lead time; stock is
 * never projected below 0, the target never below 0 in a month of returns, the need never
 * below 0.
 */
class SellInNettingTest {

	@Test
	void transitCountsUntilItArrivesAndTheNeedArrivesAfterTheLeadTime() {
		// lead 1 month, no cover; 100 a month; 50 in stock, 30 arriving in the second
		// month
		SellInNetting.Month[] plan = SellInNetting.plan(new double[] { 100, 100, 100, 100 }, new double[4], 50,
				new double[] { 0, 30 }, 1, 0, 3);
		// m0: need = F[1] − 50 − 30 (in transit, arrives in m1) = 20
		assertThat(plan[0].inTransit()).isEqualTo(30);
		assertThat(plan[0].projected()).isEqualTo(50);
		assertThat(plan[0].need()).isCloseTo(20, within(1e-9));
		// m1: stock max(0, 50 − 100) = 0; the 30 still arriving in m1: in transit
		assertThat(plan[1].projected()).isZero();
		assertThat(plan[1].inTransit()).isEqualTo(30);
		assertThat(plan[1].need()).isCloseTo(70, within(1e-9));
		// m2: stock 0 + 30 (transit) + 20 (m0's need, after one month) − 100 → 0
		assertThat(plan[2].projected()).isZero();
		assertThat(plan[2].inTransit()).isZero();
		assertThat(plan[2].need()).isCloseTo(100, within(1e-9));
	}

	@Test
	void aMonthOfReturnsNeedsNothingAndHoldsNoTarget() {
		SellInNetting.Month[] plan = SellInNetting.plan(new double[] { -20, -20 }, new double[2], 0, new double[0], 0,
				4, 2);
		assertThat(plan[0].target()).isZero();
		assertThat(plan[0].need()).isZero();
		// the returns come back into the stock
		assertThat(plan[1].projected()).isEqualTo(20);
		// the cover: 4 weeks of 100 a month
		SellInNetting.Month[] cover = SellInNetting.plan(new double[] { 100 }, new double[1], 0, new double[0], 0, 4,
				1);
		assertThat(cover[0].target()).isCloseTo(4 * 100 / 4.345, within(1e-9));
		assertThat(cover[0].need()).isCloseTo(100 + 4 * 100 / 4.345, within(1e-9));
	}

}
