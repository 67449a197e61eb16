package com.sellout.portal.sellout.internal;

import java.util.Optional;

import com.sellout.portal.sellout.ReportStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which report of a distributor's period is active once one finishes processing: the
 * later-received one, whichever of two finished first (docs/versions.md), case by case.
 */
class SettlementTest {

	@ParameterizedTest(name = "report {0}, active {1}, {2} exceptions -> {3}, superseded by {4}, replaces {5}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# the period's first report
			41 | -  | 0 | ACCEPTED                 | -  | -
			41 | -  | 3 | ACCEPTED_WITH_EXCEPTIONS | -  | -
			# a corrected file for the period: it replaces the one accepted before it
			57 | 41 | 0 | ACCEPTED                 | -  | 41
			57 | 41 | 2 | ACCEPTED_WITH_EXCEPTIONS | -  | 41
			# a large file sent first finishes after the correction sent later: the correction stays
			41 | 57 | 0 | SUPERSEDED               | 57 | -
			41 | 57 | 5 | SUPERSEDED               | 57 | -
			""")
	void theLaterReceivedReportOfThePeriodIsActive(long report, Long active, int exceptions, ReportStatus status,
			Long supersededBy, Long replaced) {
		Settlement settlement = Settlement.of(report, Optional.ofNullable(active), exceptions);

		assertThat(settlement).isEqualTo(new Settlement(status, supersededBy, replaced));
		assertThat(settlement.status().isActive()).isEqualTo(supersededBy == null);
	}

}
