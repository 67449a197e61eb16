package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demand flags at and around their thresholds, six months each (oldest first; the
 * defaults look at 3 + 3 months for stagnation and 2 for hype): exactly the threshold
 * raises a flag, a hundredth of a percent short of it does not. Stock "-" is a month the
 * channel inventory does not know; without any stock only growth and decline are told.
 */
class DemandFlagsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "", value = {
			// case | sell-in | sell-out | stock | weeks | drop % | stock % | ratio |
			// flags
			"stagnation: -10 % sell-out, +10 % stock | 50 50 50 50 50 50 | 100 100 100 90 90 90 | 1000 1000 1000 1050 1080 1100 | 10 10 10 12 12 12 | 10 | 10 | 1.2 | STAGNATION",
			"sell-out down 9.99 % only | 50 50 50 50 50 50 | 100 100 100 90.01 90.01 90.01 | 1000 1000 1000 1050 1080 1100 | 10 10 10 12 12 12 | 10 | 10 | 1.2 | -",
			"stock up 9.99 % only | 50 50 50 50 50 50 | 100 100 100 90 90 90 | 1000 1000 1000 1050 1080 1099.9 | 10 10 10 12 12 12 | 10 | 10 | 1.2 | -",
			"no sell-in in one of the last months | 50 50 50 50 0 50 | 100 100 100 90 90 90 | 1000 1000 1000 1050 1080 1100 | 10 10 10 12 12 12 | 10 | 10 | 1.2 | -",
			"stock unknown at the end | 50 50 50 50 50 50 | 100 100 100 90 90 90 | 1000 1000 1000 1050 1080 - | 10 10 10 12 12 - | 10 | 10 | 1.2 | -",
			"a stricter drop threshold | 50 50 50 50 50 50 | 100 100 100 90 90 90 | 1000 1000 1000 1050 1080 1100 | 10 10 10 12 12 12 | 15 | 10 | 1.2 | -",
			"a looser stock threshold | 50 50 50 50 50 50 | 100 100 100 90 90 90 | 1000 1000 1000 1010 1040 1050 | 10 10 10 12 12 12 | 10 | 5 | 1.2 | STAGNATION",
			"hype: 1.2 × sell-in, weeks falling | 100 100 100 100 100 100 | 100 100 100 100 120 120 | 500 500 500 500 450 400 | 5 5 5 5 4 3 | 10 | 10 | 1.2 | HYPE",
			"1.1999 × sell-in in the last month | 100 100 100 100 100 100 | 100 100 100 100 120 119.99 | 500 500 500 500 450 400 | 5 5 5 5 4 3 | 10 | 10 | 1.2 | -",
			"weeks of supply flat in the last month | 100 100 100 100 100 100 | 100 100 100 100 120 120 | 500 500 500 500 450 450 | 5 5 5 5 4 4 | 10 | 10 | 1.2 | -",
			"weeks of supply unknown before | 100 100 100 100 100 100 | 100 100 100 100 120 120 | 500 500 500 - 450 400 | 5 5 5 - 4 3 | 10 | 10 | 1.2 | -",
			"a higher hype ratio | 100 100 100 100 100 100 | 100 100 100 100 120 120 | 500 500 500 500 450 400 | 5 5 5 5 4 3 | 10 | 10 | 1.25 | -",
			"hype with no sell-in at all | 0 0 0 0 0 0 | 100 100 100 100 120 120 | 500 500 500 500 450 400 | 5 5 5 5 4 3 | 10 | 10 | 1.2 | HYPE",
			"no stock: growth of exactly 10 % | 50 50 50 50 50 50 | 100 100 100 110 110 110 | - - - - - - | - - - - - - | 10 | 10 | 1.2 | GROWTH",
			"no stock: growth of 9.99 % | 50 50 50 50 50 50 | 100 100 100 109.99 109.99 109.99 | - - - - - - | - - - - - - | 10 | 10 | 1.2 | -",
			"no stock: decline of exactly 10 % | 50 50 50 50 50 50 | 100 100 100 90 90 90 | - - - - - - | - - - - - - | 10 | 10 | 1.2 | DECLINE",
			"no stock: decline of 9.99 % | 50 50 50 50 50 50 | 100 100 100 90.01 90.01 90.01 | - - - - - - | - - - - - - | 10 | 10 | 1.2 | -",
			"no stock, nothing sold before | 50 50 50 50 50 50 | 0 0 0 90 90 90 | - - - - - - | - - - - - - | 10 | 10 | 1.2 | -" })
	void flagsAtTheirThresholds(String name, String sellIn, String sellOut, String stock, String weeks, BigDecimal drop,
			BigDecimal stockPct, BigDecimal ratio, String expected) {
		FlagRules rules = new FlagRules(3, drop, stockPct, ratio, 2);
		List<MonthFigures> months = months(sellIn, sellOut, stock, weeks);
		String flags = DemandFlags.judge(months, rules)
			.stream()
			.map(f -> f.kind().name())
			.collect(Collectors.joining("+"));
		assertThat(flags.isEmpty() ? "-" : flags).isEqualTo(expected);
	}

	@Test
	void theFiguresThatRaisedAFlagAreTheOnesItShows() {
		List<MonthFigures> months = months("50 50 50 50 50 50", "100 100 100 90 90 90", "1000 1000 1000 1050 1080 1100",
				"10 10 10 12 12 12");
		DemandFlag flag = DemandFlags.judge(months, FlagRules.DEFAULTS).get(0);
		assertThat(flag.kind()).isEqualTo(DemandFlag.Kind.STAGNATION);
		// months, sell-out last and before, drop %, threshold, stock last and before,
		// rise %, threshold
		assertThat(flag.figures()).extracting(Object::toString)
			.containsExactly("3", "270", "300", "10", "10", "1100", "1000", "10", "10");
	}

	@Test
	void fewerMonthsThanTheRulesNeedRaiseNothing() {
		List<MonthFigures> months = months("50 50 50 50 50", "100 100 90 90 90", "1000 1000 1050 1080 1100",
				"10 10 12 12 12");
		assertThat(DemandFlags.judge(months, FlagRules.DEFAULTS)).isEmpty();
	}

	private static List<MonthFigures> months(String sellIn, String sellOut, String stock, String weeks) {
		List<String> in = Arrays.asList(sellIn.split(" "));
		List<String> out = Arrays.asList(sellOut.split(" "));
		List<String> st = Arrays.asList(stock.split(" "));
		List<String> wk = Arrays.asList(weeks.split(" "));
		List<MonthFigures> months = new ArrayList<>();
		YearMonth first = YearMonth.of(2061, 1);
		for (int i = 0; i < in.size(); i++) {
			BigDecimal amount = new BigDecimal(out.get(i)).multiply(BigDecimal.TEN);
			months.add(new MonthFigures(first.plusMonths(i), new BigDecimal(in.get(i)), new BigDecimal(out.get(i)),
					amount, number(st.get(i)), number(wk.get(i))));
		}
		return months;
	}

	private static BigDecimal number(String text) {
		return text.equals("-") ? null : new BigDecimal(text);
	}

}
