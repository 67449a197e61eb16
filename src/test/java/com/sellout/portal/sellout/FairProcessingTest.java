package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No sender starves the others: while two distributors' large files are processed, a
 * third's two-line file is accepted within seconds (a lane is kept for small files), and
 * a distributor's second large file waits for its first rather than taking another
 * worker. A file that throws a StackOverflowError in processing is rejected like any
 * other failure, and its sender is answered. Sell-out of 2013.
 */
class FairProcessingTest extends PortalTest {

	private static final int BIG = 300_000;

	@Autowired
	private SellOutReports reports;

	@Autowired
	private SellOutIntake intake;

	@Test
	void aThirdDistributorsTwoLineFileIsAcceptedWithinFiveSecondsWhileTwoOthersBigFilesRun() throws Exception {
		long alfa = distributorId("ALFA");
		long beta = distributorId("BETA");
		long gamma = distributorId("GAMMA");
		long alfaFirst = send(alfa, big("01.2013", BIG), YearMonth.of(2013, 1));
		long alfaSecond = send(alfa, big("02.2013", BIG), YearMonth.of(2013, 2));
		long betaBig = send(beta, big("01.2013", BIG), YearMonth.of(2013, 1));

		// one of ALFA's and BETA's run side by side; ALFA's second waits for its first
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!(status(alfaFirst) == ReportStatus.PROCESSING && status(betaBig) == ReportStatus.PROCESSING)
				&& System.nanoTime() < deadline) {
			assertThat(bothProcessing(alfaFirst, alfaSecond)).as("two of ALFA's reports at once").isFalse();
			Thread.sleep(20);
		}
		assertThat(status(betaBig)).as("BETA's file runs beside ALFA's first").isEqualTo(ReportStatus.PROCESSING);
		assertThat(status(alfaSecond)).as("ALFA's second waits for its first").isEqualTo(ReportStatus.RECEIVED);

		byte[] small = SalesFile.create()
			.sale("05.03.2013", "EL-10001", 2, "2000,00")
			.sale("06.03.2013", "EL-10002", 1, "1500,00")
			.bytes();
		long started = System.nanoTime();
		SellOutIntake.Received received = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving.receive(intake, gamma, Channel.API, "small.csv", "text/csv", small,
						YearMonth.of(2013, 3), null, Duration.ofSeconds(5)));
		long tookMs = (System.nanoTime() - started) / 1_000_000;
		assertThat(received.report().status()).as("the small file, after %d ms", tookMs)
			.isEqualTo(ReportStatus.ACCEPTED);
		assertThat(received.report().acceptedLines()).isEqualTo(2);
		assertThat(tookMs).isLessThan(5000);
		assertThat(status(alfaFirst).isFinished() || status(betaBig).isFinished())
			.as("the large files were still running (else this shows nothing)")
			.isFalse();
		System.out
			.println("FAIRNESS: two-line file accepted in " + tookMs + " ms beside two files of " + BIG + " lines");

		deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		List<Long> all = List.of(alfaFirst, alfaSecond, betaBig);
		while (all.stream().anyMatch(id -> !status(id).isFinished()) && System.nanoTime() < deadline) {
			assertThat(bothProcessing(alfaFirst, alfaSecond)).as("two of ALFA's reports at once").isFalse();
			Thread.sleep(50);
		}
		for (long id : all) {
			SellOutReport report = asSystem(() -> reports.get(id));
			assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
			assertThat(report.acceptedLines()).isEqualTo(BIG);
		}
	}

	@Test
	void aStackOverflowInProcessingRejectsTheReportAtOnceAndAnswersItsSender() {
		// a header whose units go on and on: the unit-stripping pattern recurses once per
		// unit
		String header = "Дата;Покупатель;ИНН;Регион;Артикул;Количество" + " шт".repeat(20_000) + ";Сумма без НДС\n";
		byte[] file = (header + "05.04.2014;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;2;2000,00\n")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> answer = new SellOutApi(browser()).upload("gamma.manager", "deep.csv", file, "2014-04");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		JsonNode report = SellOutApi.json(answer);
		assertThat(report.path("status").asString()).isEqualTo("REJECTED");
		assertThat(report.path("rejectionReason").asString()).contains("internal error");
		long id = report.path("id").asLong();
		assertThat(asSystem(() -> jdbc.sql("select attempts from sellout_reports where id = ?")
			.param(id)
			.query(Integer.class)
			.single())).as("processed once, not left for the sweep to crash again").isEqualTo(1);
	}

	private long send(long distributor, byte[] file, YearMonth period) {
		return DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, distributor, Channel.API, "big-" + period + ".csv", "text/csv", file, period, null,
							Duration.ZERO)
					.report()
					.id());
	}

	private boolean bothProcessing(long first, long second) {
		return status(first) == ReportStatus.PROCESSING && status(second) == ReportStatus.PROCESSING;
	}

	private ReportStatus status(long id) {
		return ReportStatus.valueOf(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(id)
			.query(String.class)
			.single()));
	}

	/** Sales of one month to a registered client, each line its own. */
	static byte[] big(String monthYear, int lines) {
		SalesFile file = SalesFile.create();
		for (int i = 0; i < lines; i++) {
			file.sale(String.format("%02d.", 1 + i % 28) + monthYear, "EL-1000" + (1 + i % 5), 1 + i % 3, "2000,00");
		}
		return file.bytes();
	}

}
