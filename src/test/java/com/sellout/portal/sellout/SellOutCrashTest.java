package com.sellout.portal.sellout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sellout.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report is never half-written: the portal is killed with SIGKILL in the middle of
 * processing a large report, started again on the same data, and finishes it — with every
 * line once, and the totals of a clean run.
 */
@IntegrationTest
class SellOutCrashTest {

	@TempDir
	Path dataDir;

	@Test
	void aReportKilledHalfWayIsFinishedAfterARestartWithNoDuplicateOrPartialLines() throws Exception {
		Process first = fixture("send");
		long reportId = -1;
		long killedAt;
		List<String> seen = new ArrayList<>();
		try (BufferedReader out = reader(first)) {
			String line;
			int processingTicks = 0;
			while ((line = out.readLine()) != null) {
				seen.add(line);
				if (line.startsWith("RECEIVED ")) {
					reportId = Long.parseLong(line.substring(9).strip());
				}
				if (line.equals("STATUS PROCESSING") && ++processingTicks == 10) {
					break; // about a second into processing
				}
			}
			assertThat(reportId).as("the report was received: %s", tail(seen)).isPositive();
			assertThat(processingTicks).as("still processing when killed: %s", tail(seen)).isEqualTo(10);
			first.destroyForcibly();
			killedAt = System.currentTimeMillis();
			assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		Process second = fixture("resume", String.valueOf(reportId));
		String done = null;
		try (BufferedReader out = reader(second)) {
			String line;
			while ((line = out.readLine()) != null && done == null) {
				seen.add(line);
				if (line.startsWith("DONE ")) {
					done = line.substring(5);
				}
			}
		}
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(done).as("the restarted portal finished the report: %s", tail(seen)).isNotNull();
		String[] totals = done.split(" ");
		assertThat(totals[0]).isEqualTo("ACCEPTED");
		assertThat(Integer.parseInt(totals[1])).isEqualTo(CrashFixture.LINES);
		assertThat(Integer.parseInt(totals[2])).isEqualTo(CrashFixture.LINES);
		assertThat(new BigDecimal(totals[3])).isEqualByComparingTo(CrashFixture.expectedQuantity());
		assertThat(new BigDecimal(totals[4]))
			.isEqualByComparingTo(CrashFixture.expectedQuantity().multiply(BigDecimal.valueOf(1000)));
		assertThat(Long.parseLong(totals[5])).as("lines stored once each").isEqualTo(CrashFixture.LINES);
		assertThat(Long.parseLong(totals[6])).as("one report, not two").isEqualTo(1);
		assertThat(Long.parseLong(totals[7])).as("finished after the kill").isGreaterThan(killedAt);
	}

	private Process fixture(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
				System.getProperty("java.class.path"), CrashFixture.class.getName(), args[0], dataDir.toString()));
		for (int i = 1; i < args.length; i++) {
			command.add(args[i]);
		}
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static BufferedReader reader(Process process) {
		return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	private static List<String> tail(List<String> lines) {
		return lines.subList(Math.max(0, lines.size() - 30), lines.size());
	}

}
