package com.sellout.portal.sellout.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutSettings;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report that takes longer than its time budget is rejected with the reason, as a
 * verdict on the file: not taken up again by the sweep, and the same bytes sent again
 * give the same answer. Sell-out of 2014.
 */
class TimeBudgetTest extends PortalTest {

	@Autowired
	private ReportProcessor processor;

	@Autowired
	private SellOutReports reports;

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private SellOutSettings settings;

	@AfterEach
	void budgetAsConfigured() {
		processor.timeBudget(settings.timeBudget());
	}

	@Test
	void aReportOverItsTimeBudgetIsRejectedWithTheReasonAndStaysRejected() throws Exception {
		assertThat(settings.timeBudget()).as("the default budget").isEqualTo(Duration.ofMinutes(10));
		processor.timeBudget(Duration.ofMillis(300));
		StringBuilder csv = new StringBuilder("Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n");
		for (int i = 0; i < 300_000; i++) {
			csv.append(String.format("%02d.05.2014", 1 + i % 28))
				.append(";\"ООО \"\"Щитстрой\"\"\";6645390113;EL-1000")
				.append(1 + i % 5)
				.append(';')
				.append(1 + i % 3)
				.append(";2000,00\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		long gamma = distributorId("GAMMA");
		long started = System.nanoTime();
		SellOutReport report = receive(gamma, file).report();
		long tookMs = (System.nanoTime() - started) / 1_000_000;
		assertThat(report.status()).isEqualTo(ReportStatus.REJECTED);
		assertThat(report.rejectionKey()).isEqualTo("sellout.rejected.timeBudget");
		assertThat(tookMs).as("stopped near its budget").isLessThan(20_000);
		System.out.println("BUDGET: 300,000-line file stopped and rejected " + tookMs + " ms after it was sent");
		String reason = asSystem(() -> jdbc
			.sql("select rejection_ours::text || ' ' || array_to_string(rejection_args, ',') "
					+ "from sellout_reports where id = ?")
			.param(report.id())
			.query(String.class)
			.single());
		assertThat(reason).as("a verdict on the file, with the budget in seconds").isEqualTo("false 1");

		processor.timeBudget(settings.timeBudget());
		Thread.sleep(3000); // past the sweep's interval in tests (2 s): it does not take
							// the report up again
		assertThat(asSystem(() -> reports.get(report.id())).status()).isEqualTo(ReportStatus.REJECTED);
		SellOutIntake.Received again = receive(gamma, file);
		assertThat(again.created()).isFalse();
		assertThat(again.retried()).isFalse();
		assertThat(again.report().id()).isEqualTo(report.id());
		assertThat(again.report().status()).isEqualTo(ReportStatus.REJECTED);
		assertThat(again.report().rejectionKey()).isEqualTo("sellout.rejected.timeBudget");
	}

	private SellOutIntake.Received receive(long distributor, byte[] file) {
		return DataScopes.callAs(DataScope.ALL_DISTRIBUTORS, () -> Receiving.receive(intake, distributor, Channel.API,
				"slow.csv", "text/csv", file, YearMonth.of(2014, 5), null, Duration.ofSeconds(60)));
	}

}
