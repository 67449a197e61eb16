package com.sellout.portal.quotes;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A line's sums to kopecks, and totals that are the sums of the rounded lines. */
class QuoteTotalsTest {

	@ParameterizedTest(name = "{0} × {1} − {2} % + {3} % VAT → {4} + {5} = {6}")
	@CsvSource(delimiter = '|', textBlock = """
			10  | 100.00 | 0   | 22 | 1000.00 | 220.00 | 1220.00
			3   | 33.33  | 0   | 22 | 99.99   | 22.00  | 121.99
			1   | 0.05   | 0   | 22 | 0.05    | 0.01   | 0.06
			7   | 12.35  | 10  | 20 | 77.81   | 15.56  | 93.37
			2.5 | 199.99 | 5   | 10 | 474.98  | 47.50  | 522.48
			1   | 1000   | 100 | 22 | 0.00    | 0.00   | 0.00
			1   | 10     | 0   | 0  | 10.00   | 0.00   | 10.00
			0.333 | 3    | 0   | 22 | 1.00    | 0.22   | 1.22
			""")
	void aLineIsRoundedToKopecks(BigDecimal quantity, BigDecimal price, BigDecimal discount, BigDecimal rate,
			BigDecimal net, BigDecimal vat, BigDecimal total) {
		QuoteTotals.LineSums sums = QuoteTotals.line(quantity, price, discount, rate);
		assertThat(sums.net()).isEqualTo(net);
		assertThat(sums.vat()).isEqualTo(vat);
		assertThat(sums.total()).isEqualTo(total);
	}

	@Test
	void theTotalsAreTheSumsOfTheRoundedLines() {
		// each line's VAT 0.0154 rounds to 0.02; the VAT of the summed net (0.21 × 22 % =
		// 0.0462) would be 0.05: the proposal prints 0.06, the sum of its lines
		QuoteTotals.LineSums line = QuoteTotals.line(BigDecimal.ONE, new BigDecimal("0.07"), BigDecimal.ZERO,
				new BigDecimal("22"));
		QuoteTotals totals = QuoteTotals.of(Collections.nCopies(3, line));
		assertThat(totals.net()).isEqualTo("0.21");
		assertThat(totals.vat()).isEqualTo("0.06");
		assertThat(totals.total()).isEqualTo("0.27");
	}

	@Test
	void noLinesAreZero() {
		assertThat(QuoteTotals.of(List.of()))
			.isEqualTo(new QuoteTotals(new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00")));
	}

}
