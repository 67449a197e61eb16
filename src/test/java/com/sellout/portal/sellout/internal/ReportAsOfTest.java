package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.List;

import com.sellout.portal.reading.RawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date a stock report's stock stands on, case by case: the upload's, the file's own,
 * the end of a period; and the title that names it.
 */
class ReportAsOfTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# the upload's date wins
			upload       | 2037-10-15 | 2037-10-31 | 2037-09-01 | 2037-08 | 2037-10-15
			# else the file's
			file         | -          | 2037-10-31 | 2037-09-01 | -       | 2037-10-31
			# else the end of the upload's period
			period       | -          | -          | 2037-09-01 | 2037-08 | 2037-09-30
			# else the end of the file's period
			file period  | -          | -          | -          | 2037-02 | 2037-02-28
			# nothing: a person chooses
			nothing      | -          | -          | -          | -       | -
			""")
	void theAsOfDateComesInThisOrder(String name, LocalDate requested, LocalDate file, LocalDate period,
			String filePeriod, LocalDate expected) {
		assertThat(ReportAsOf.of(requested, file, period, filePeriod)).isEqualTo(expected);
	}

	@Test
	void aDateTheFileNamesUnreadablyIsNoDateAtAll() {
		assertThat(ReportAsOf.of(null, SourceInfo.UNREADABLE, LocalDate.of(2037, 9, 1), null)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Остатки на 31.10.2037                               | 2037-10-31
			Остатки товаров по состоянию на 1.11.2037 г.        | 2037-11-01
			Stock as of 30.09.2037                              | 2037-09-30
			Ведомость по товарам на складах за Октябрь 2037 г.  | 2037-10-31
			Период: 01.07.2037 - 30.09.2037                     | 2037-09-30
			""")
	void theTitleNamesTheDateOrAPeriodWhoseEndItIs(String title, LocalDate expected) {
		assertThat(
				TitlePeriod.asOf(List.of(new RawRow(1, List.of(title)), new RawRow(3, List.of("Артикул", "Остаток")))))
			.contains(expected);
	}

}
