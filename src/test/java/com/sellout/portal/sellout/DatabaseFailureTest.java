package com.sellout.portal.sellout;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database failing while a file is read is not the file's fault: the report is not
 * rejected, it is left unfinished and taken up again, and then read whole.
 */
class DatabaseFailureTest extends PortalTest {

	@Autowired
	private SellOutReports reports;

	@Autowired
	private SellOutIntake intake;

	@Test
	void aConnectionLostMidFileLeavesTheReportForRetryAndItIsReadWholeLater() throws Exception {
		SalesFile file = SalesFile.create();
		int lines = 200_000;
		for (int i = 0; i < lines; i++) {
			file.sale("1" + (i % 9) + ".06.2023", "EL-1000" + (1 + i % 5), 1 + i % 3, "2000,00");
		}
		long alfa = asSystem(
				() -> jdbc.sql("select id from distributors where code = 'ALFA'").query(Long.class).single());
		long id = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, alfa, Channel.API, "big.csv", "text/csv", file.bytes(), YearMonth.of(2023, 6),
							null, Duration.ZERO)
					.report()
					.id());

		List<Integer> killed = List.of();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (killed.isEmpty() && System.nanoTime() < deadline) {
			killed = jdbc.sql("""
					select pid from pg_stat_activity
					 where query ilike 'copy %from stdin%' and state = 'active' and pid <> pg_backend_pid()""")
				.query(Integer.class)
				.list();
			Thread.sleep(5);
		}
		assertThat(killed).as("a COPY of the report's lines was seen running").isNotEmpty();
		killed.forEach(pid -> jdbc.sql("select pg_terminate_backend(?)").param(pid).query(Boolean.class).single());

		// not rejected: unfinished, then taken up again by the retry job and read whole
		SellOutReport report = null;
		deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			report = asSystem(() -> reports.get(id));
			assertThat(report.status()).isNotEqualTo(ReportStatus.REJECTED);
			if (report.status().isFinished()) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(report.lines()).isEqualTo(lines);
		assertThat(report.acceptedLines()).isEqualTo(lines);
		long stored = asSystem(() -> jdbc.sql("select count(*) from sellout_lines where report_id = ?")
			.param(id)
			.query(Long.class)
			.single());
		assertThat(stored).isEqualTo(lines);
	}

}
