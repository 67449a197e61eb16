package com.sellout.portal.forecasting.internal;

import java.util.Arrays;

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
		// m0: need = F[0] + F[1] − 50 − 30 (in transit, arrives in m1) = 120
		assertThat(plan[0].inTransit()).isEqualTo(30);
		assertThat(plan[0].projected()).isEqualTo(50);
		assertThat(plan[0].need()).isCloseTo(120, within(1e-9));
		// m1: stock max(0, 50 − 100) = 0; in transit the 30 arriving in m1 and m0's 120
		assertThat(plan[1].projected()).isZero();
		assertThat(plan[1].inTransit()).isEqualTo(150);
		assertThat(plan[1].need()).isCloseTo(50, within(1e-9));
		// m2: stock 0 + 30 + 120 (m0's need, after one month) − 100 = 50; m1's 50 on
		// its way
		assertThat(plan[2].projected()).isEqualTo(50);
		assertThat(plan[2].inTransit()).isEqualTo(50);
		assertThat(plan[2].need()).isCloseTo(100, within(1e-9));
	}

	@Test
	void withASteadyDemandTheStockSettlesAtTheTargetAndTheOrdersEqualTheSellOut() {
		// ALFA's terms in the demo: lead time 2 months, 6 weeks' cover; 70 a month
		int months = 24;
		double[] forecast = new double[months];
		Arrays.fill(forecast, 70);
		SellInNetting.Month[] plan = SellInNetting.plan(forecast, new double[months], 210, new double[0], 2, 6, months);
		double target = 6 * 70 / 4.345;
		for (int m = 3; m < months; m++) {
			assertThat(plan[m].projected()).as("stock at the start of month %d", m).isCloseTo(target, within(1e-6));
			assertThat(plan[m].need()).as("order of month %d", m).isCloseTo(70, within(1e-6));
		}
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
