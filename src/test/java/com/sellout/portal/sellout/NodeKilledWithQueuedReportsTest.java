package com.sellout.portal.sellout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue is durable: a node killed while it processes one report of a distributor and
 * holds three more of it in its queue loses none of them — this node, which left them
 * alone while the other held the distributor (one report per distributor at a time,
 * across nodes), finishes all four within the retry interval's reach, each processed
 * once. Sell-out of 2029, a distributor of its own.
 */
class NodeKilledWithQueuedReportsTest extends PortalTest {

	static final int BIG = 200_000;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private SellOutReports reports;

	@Test
	void anotherNodeFinishesTheReportsQueuedOnANodeThatWasKilled() throws Exception {
		long distributor = asSystem(() -> jdbc.sql("""
				insert into distributors (code, name, inn) values ('Q2029', 'ООО "Очередь 2029"', ?) returning id""")
			.param(TestInns.organisation(2029))
			.query(Long.class)
			.single());
		HikariDataSource pool = (HikariDataSource) dataSource;
		Process node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-cp", System.getProperty("java.class.path"), QueuedReportsNodeFixture.class.getName(),
				pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), String.valueOf(distributor))
			.redirectErrorStream(true)
			.start();
		List<String> seen = new CopyOnWriteArrayList<>();
		List<Long> received = new CopyOnWriteArrayList<>();
		CompletableFuture<Boolean> all = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					seen.add(line);
					if (line.startsWith("RECEIVED ")) {
						received.add(Long.parseLong(line.substring(9).strip()));
					}
					if (line.equals("ALL RECEIVED")) {
						all.complete(true);
					}
				}
			}
			catch (IOException ex) {
				// the node is gone
			}
			all.complete(false);
		});
		reader.setDaemon(true);
		reader.start();
		try {
			assertThat(all.get(3, TimeUnit.MINUTES)).as("the other node received the reports: %s", seen).isTrue();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (copiesOfTheOtherNode().isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(copiesOfTheOtherNode()).as("the other node was copying the large report's lines").isNotEmpty();
			// a while longer than this node's look at aged reports: it still leaves the
			// distributor's queue alone
			Thread.sleep(1500);
			for (long queued : received.subList(1, received.size())) {
				assertThat(status(queued)).as("report %d waits in the other node's queue", queued)
					.isEqualTo(ReportStatus.RECEIVED);
			}
			assertThat(status(received.get(0))).isEqualTo(ReportStatus.PROCESSING);
		}
		finally {
			node.destroyForcibly();
			assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(received).hasSize(1 + QueuedReportsNodeFixture.QUEUED);

		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (received.stream().anyMatch(id -> !status(id).isFinished()) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		SellOutReport big = asSystem(() -> reports.get(received.get(0)));
		assertThat(big.status()).as("the report the node was killed on").isIn(ReportStatus.ACTIVE);
		assertThat(big.lines()).isEqualTo(BIG);
		assertThat(attempts(big.id())).as("taken up once more, not twice").isEqualTo(2);
		for (long queued : received.subList(1, received.size())) {
			SellOutReport report = asSystem(() -> reports.get(queued));
			assertThat(report.status()).as("queued report %d", queued).isIn(ReportStatus.ACTIVE);
			assertThat(report.lines()).isEqualTo(2);
			assertThat(attempts(queued)).as("processed once").isEqualTo(1);
		}
	}

	private List<Integer> copiesOfTheOtherNode() {
		return OtherNodes.copying(jdbc, QueuedReportsNodeFixture.APPLICATION);
	}

	private ReportStatus status(long id) {
		return ReportStatus.valueOf(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(id)
			.query(String.class)
			.single()));
	}

	private int attempts(long id) {
		return asSystem(() -> OtherNodes.attempts(jdbc, id));
	}

	/** January 2029: large enough to be killed in. */
	static byte[] big() {
		return FairProcessingTest.big("01.2029", BIG);
	}

	/** Two lines of a month of 2029. */
	static byte[] small(int month) {
		String date = String.format("%02d.2029", month);
		return SalesFile.create()
			.sale("05." + date, "EL-10001", 2, "2000,00")
			.sale("06." + date, "EL-10002", 1, "1500,00")
			.bytes();
	}

}
