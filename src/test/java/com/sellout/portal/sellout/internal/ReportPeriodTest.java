package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.mapping.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which month a report covers (docs/canonical-line.md, "Period"), case by case: the
 * upload's period, else the file's own, else the layout's setting, else the single month
 * of all sale dates, else none.
 */
class ReportPeriodTest {

	private static final String NO_LAYOUT = "no layout";

	private static final String NO_SETTINGS = "no settings";

	@ParameterizedTest(name = "upload {0}, file {1}, layout {2}, sales {3}..{4} -> {5}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# the upload's period wins over everything the file says, whichever day of the month it names
			2031-03-01 | 2031-04     | 2031-05     | 2031-06-01 | 2031-06-30 | 2031-03
			2031-03-17 | -           | no layout   | -          | -          | 2031-03
			2031-03-01 | not a month | -           | 2031-01-05 | 2031-12-20 | 2031-03
			# else the file's own, even blank-padded, over the layout's setting and the sale dates
			-          | 2031-04     | 2031-05     | 2031-06-01 | 2031-06-30 | 2031-04
			-          | ' 2031-04 ' | no layout   | -          | -          | 2031-04
			# a period the file names unreadably is none: never passed over for the layout or the dates
			-          | April       | 2031-05     | 2031-06-01 | 2031-06-30 | -
			# else the layout's setting (a person set it) over the sale dates
			-          | -           | 2031-05     | 2031-06-01 | 2031-06-30 | 2031-05
			-          | -           | 2031-05     | -          | -          | 2031-05
			# else the one month all sale dates fall in, whether there is a layout or not
			-          | -           | -           | 2031-06-01 | 2031-06-30 | 2031-06
			-          | -           | no settings | 2031-06-01 | 2031-06-30 | 2031-06
			-          | -           | no layout   | 2031-06-14 | 2031-06-14 | 2031-06
			# else none: the dates span two months (or one month of two years), or there are none
			-          | -           | -           | 2031-06-30 | 2031-07-01 | -
			-          | -           | no layout   | 2031-06-01 | 2032-06-01 | -
			-          | -           | no settings | -          | -          | -
			-          | -           | no layout   | -          | -          | -
			""")
	void thePeriodIsTheFirstThatIsTold(LocalDate upload, String filePeriod, String layoutPeriod, LocalDate firstSale,
			LocalDate lastSale, YearMonth expected) {
		YearMonth period = ReportPeriod.of(upload, filePeriod, layout(layoutPeriod), firstSale, lastSale);

		assertThat(period).isEqualTo(expected);
	}

	/**
	 * A table's layout with the period a person set ("-": a layout whose settings name
	 * none).
	 */
	private static Layout layout(String period) {
		if (NO_LAYOUT.equals(period)) {
			return null;
		}
		Layout.Settings settings = NO_SETTINGS.equals(period) ? null : new Layout.Settings(null, null, period);
		return new Layout(List.of(1), 2, List.of(), settings);
	}

}
