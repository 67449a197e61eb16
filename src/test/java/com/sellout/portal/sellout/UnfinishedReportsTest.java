package com.sellout.portal.sellout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report left PROCESSING by a node that died (killed while it copied the report's
 * lines) is taken up again by the running node's sweep, within a minute, with no restart;
 * and the client that sends the same bytes again meanwhile is answered with the report's
 * real outcome — its status and counts once processed — not the stale "processing" of the
 * dead node. (A connection lost mid-file: {@link DatabaseFailureTest}.) Sell-out of 2014.
 */
class UnfinishedReportsTest extends PortalTest {

	static final int LINES = 200_000;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private SellOutIntake intake;

	@Test
	void aReportOfANodeKilledMidFileIsTakenUpByTheRunningNodeAndTheSameBytesSentAgainGetItsRealOutcome()
			throws Exception {
		HikariDataSource pool = (HikariDataSource) dataSource;
		Process node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-cp", System.getProperty("java.class.path"), DyingNodeFixture.class.getName(), pool.getJdbcUrl(),
				pool.getUsername(), pool.getPassword())
			.redirectErrorStream(true)
			.start();
		List<String> seen = new CopyOnWriteArrayList<>();
		CompletableFuture<Long> received = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					seen.add(line);
					if (line.startsWith("RECEIVED ")) {
						received.complete(Long.parseLong(line.substring(9).strip()));
					}
				}
			}
			catch (IOException ex) {
				// the node is gone
			}
			received.complete(-1L);
		});
		reader.setDaemon(true);
		reader.start();
		long id;
		try {
			id = received.get(3, TimeUnit.MINUTES);
			assertThat(id).as("the other node received the report: %s", seen).isPositive();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (copiesOfTheDyingNode().isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(copiesOfTheDyingNode()).as("the other node was copying the report's lines").isNotEmpty();
		}
		finally {
			node.destroyForcibly();
			assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		long killed = System.nanoTime();
		long report = id;
		assertThat(attempts(report)).isEqualTo(1);

		// the dead node's transaction is gone with its connection; the sweep of this node
		// takes the report up
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (attempts(report) < 2 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		long takenUpMs = (System.nanoTime() - killed) / 1_000_000;
		assertThat(attempts(report)).as("taken up again within a minute").isEqualTo(2);
		System.out.println("SWEEP: report of the killed node taken up again " + takenUpMs + " ms after the kill");

		// the client, told nothing by the dead node, sends the same bytes again: it waits
		// for the real outcome
		long alfa = distributorId("ALFA");
		SellOutIntake.Received again = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving.receive(intake, alfa, Channel.API, "dying.csv", "text/csv", file(),
						YearMonth.of(2014, 8), null, Duration.ofSeconds(120)));
		assertThat(again.created()).isFalse();
		assertThat(again.report().id()).isEqualTo(report);
		assertThat(again.report().status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(again.report().lines()).isEqualTo(LINES);
		assertThat(again.report().acceptedLines()).isEqualTo(LINES);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_lines where report_id = ?")
			.param(report)
			.query(Long.class)
			.single())).as("every line once").isEqualTo(LINES);
		assertThat(attempts(report)).as("processed by one worker, not a second time for the re-send").isEqualTo(2);
	}

	private List<Integer> copiesOfTheDyingNode() {
		return OtherNodes.copying(jdbc, DyingNodeFixture.APPLICATION);
	}

	private int attempts(long id) {
		return asSystem(() -> OtherNodes.attempts(jdbc, id));
	}

	/** The same bytes in both JVMs: ALFA's August 2014. */
	static byte[] file() {
		return FairProcessingTest.big("08.2014", LINES);
	}

}
