package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.sellout.portal.forecasting.PlanningSetting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which planning terms hold for a product group: its own, else its nearest parent's, else
 * the distributor's, else one month and four weeks.
 */
class PlanningTermsTest {

	@Test
	void aGroupTakesItsOwnTermsThenItsNearestParentsThenTheDistributors() {
		// 1 ← 2 ← 3 (3 is a sub-group of 2, itself of 1); 4 stands alone
		Map<Long, Long> parents = new HashMap<>();
		parents.put(1L, null);
		parents.put(2L, 1L);
		parents.put(3L, 2L);
		parents.put(4L, null);
		Map<String, PlanningSetting> settings = new HashMap<>();
		put(settings, new PlanningSetting(7, null, 2, BigDecimal.valueOf(6)));
		put(settings, new PlanningSetting(7, 1L, 3, BigDecimal.valueOf(8)));
		put(settings, new PlanningSetting(7, 3L, 0, BigDecimal.ONE));
		PlanningTerms.Terms terms = new PlanningTerms.Terms(parents, settings);

		assertThat(terms.of(7, 3L).leadTimeMonths()).isZero();
		assertThat(terms.of(7, 2L).leadTimeMonths()).isEqualTo(3);
		assertThat(terms.of(7, 1L).coverWeeks()).isEqualByComparingTo("8");
		assertThat(terms.of(7, 4L).leadTimeMonths()).isEqualTo(2);
		assertThat(terms.of(7, null).coverWeeks()).isEqualByComparingTo("6");
		assertThat(terms.of(8, 3L)).isEqualTo(PlanningSetting.defaults(8));
	}

	private static void put(Map<String, PlanningSetting> settings, PlanningSetting setting) {
		settings.put(setting.distributorId() + "/" + setting.groupId(), setting);
	}

}
