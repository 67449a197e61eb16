package com.sellout.portal.database.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import com.sellout.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data when the application is killed: a separate JVM
 * starts it, commits a row and is killed with SIGKILL (its PostgreSQL lives on,
 * orphaned); a new start on the same directory stops the orphan, recovers and finds the
 * row.
 */
@IntegrationTest
class EmbeddedDatabaseRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesAKillDashNine() throws Exception {
		Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedDatabaseFixture.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean ready = false;
			while (!ready && (line = out.readLine()) != null) {
				ready = line.equals(EmbeddedDatabaseFixture.READY);
			}
			assertThat(ready).as("the first run committed its row").isTrue();
		}
		first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop of PostgreSQL
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("the killed run left PostgreSQL behind")
			.isTrue();

		try (EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(dataDir, 0, true, false, "sellout_app",
				"secret");
				Connection connection = second.ownerDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select note from survival")).isEqualTo("committed before kill -9");
			assertThat(single(statement, "show fsync")).isEqualTo("on");
			assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
		}
	}

	private static String single(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).isTrue();
			return rs.getString(1);
		}
	}

}
