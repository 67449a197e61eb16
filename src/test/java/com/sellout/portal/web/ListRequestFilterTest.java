package com.sellout.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListRequestFilterTest {

	@Test
	void thePageTypedCountsFromOneAndWinsOverThePageOfTheAddress() {
		Map<String, String[]> params = new LinkedHashMap<>();
		params.put("page", new String[] { "7" });
		params.put("actor", new String[] { "admin" });
		params.put("pageNo", new String[] { " 3 " });
		Map<String, String[]> rewritten = ListRequestFilter.rewrite(params);
		assertThat(rewritten.get("page")).containsExactly("2");
		assertThat(rewritten.get("actor")).containsExactly("admin");
		assertThat(rewritten).doesNotContainKey("pageNo");
		assertThat(ListRequestFilter.rewrite(Map.of("pageNo", new String[] { "два" })).get("page"))
			.containsExactly("0");
		assertThat(ListRequestFilter.rewrite(Map.of("pageNo", new String[] { "0" })).get("page")).containsExactly("0");
	}

	@Test
	void aMonthsTwoSelectsBindAsOneMonth() {
		assertThat(month("9", "2026")).isEqualTo("2026-09");
		assertThat(month("12", "2026")).isEqualTo("2026-12");
		assertThat(month("", "")).as("no month chosen: no filter").isEmpty();
		assertThat(month("05", "")).as("half a month is no month").doesNotMatch("\\d{4}-\\d{2}");
		assertThat(month("", "2026")).doesNotMatch("\\d{4}-\\d{2}");
	}

	private static String month(String month, String year) {
		Map<String, String[]> params = new LinkedHashMap<>();
		params.put("period.month", new String[] { month });
		params.put("period.year", new String[] { year });
		Map<String, String[]> rewritten = ListRequestFilter.rewrite(params);
		assertThat(rewritten).containsOnlyKeys("period");
		return rewritten.get("period")[0];
	}

}
