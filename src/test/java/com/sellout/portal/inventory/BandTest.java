package com.sellout.portal.inventory;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bands at and around their thresholds: below low is low, low and excess themselves
 * are healthy, above excess is excess; no stock is out of stock whatever the sales; stock
 * with no sale (or returns only) in the window is excess.
 */
class BandTest {

	@ParameterizedTest(name = "stock {0}, weekly {1}, thresholds {2}/{3} -> {4}")
	@CsvSource(nullValues = "-", value = { "-, 10, 4, 13, -", // unknown stock: no band
			"0, 10, 4, 13, OUT_OF_STOCK", "-5, 10, 4, 13, OUT_OF_STOCK", "0, 0, 4, 13, OUT_OF_STOCK",
			"39.99, 10, 4, 13, LOW", // 3.999 weeks
			"40, 10, 4, 13, HEALTHY", // exactly 4 weeks
			"130, 10, 4, 13, HEALTHY", // exactly 13 weeks
			"130.01, 10, 4, 13, EXCESS", // 13.001 weeks
			"1, 0, 4, 13, EXCESS", // stock, no sale in the window
			"1, -2.5, 4, 13, EXCESS", // returns only
			"40, 10, 5, 13, LOW", // the same stock under a higher low threshold
			"130, 10, 4, 12.5, EXCESS", // and under a lower excess threshold
			"7, 2, 3.5, 13, HEALTHY" // 3.5 weeks, a fractional threshold
	})
	void bandOfTheWeeksOfSupply(BigDecimal stock, BigDecimal weekly, BigDecimal low, BigDecimal excess, Band band) {
		assertThat(Band.of(stock, weekly, new StockThresholds(low, excess, 90))).isEqualTo(band);
	}

}
