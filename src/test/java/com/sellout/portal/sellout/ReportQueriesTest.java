package com.sellout.portal.sellout;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report queries name each report's distributor by its code and sort by it, as the
 * lists show them.
 */
class ReportQueriesTest extends PortalTest {

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private SellOutReports reports;

	@Test
	void reportsCarryTheirDistributorsCodeAndSortByIt() {
		YearMonth period = YearMonth.of(2030, 2);
		for (String code : List.of("BETA", "GAMMA", "ALFA")) {
			byte[] file = SalesFile.create().sale("10.02.2030", "EL-10003", 1, "1340,90").bytes();
			intake.receive(IncomingFile.of(code.toLowerCase() + "-2030-02.csv", "text/csv", file).forPeriod(period),
					Sender.system(distributorId(code), Channel.API), Duration.ofSeconds(30));
		}
		SellOutReports.ReportFilter filter = new SellOutReports.ReportFilter(null, period, null, null);
		List<String> ascending = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> reports.find(filter, new ListQuery(null, "distributor", false, 0, 50))
					.items()
					.stream()
					.map(SellOutReport::distributor)
					.toList());
		assertThat(ascending).containsExactly("ALFA", "BETA", "GAMMA");
		List<String> descending = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> reports.find(filter, new ListQuery(null, "distributor", true, 0, 50))
					.items()
					.stream()
					.map(SellOutReport::distributor)
					.toList());
		assertThat(descending).containsExactly("GAMMA", "BETA", "ALFA");

		long gamma = distributorId("GAMMA");
		List<SellOutReport> own = DataScopes.callAs(DataScope.distributor(gamma),
				() -> reports.list(null, period, null, 0, 50).items());
		assertThat(own).extracting(SellOutReport::distributor).containsExactly("GAMMA");
		assertThat(DataScopes.callAs(DataScope.distributor(gamma), () -> reports.get(own.get(0).id()).distributor()))
			.isEqualTo("GAMMA");
	}

}
