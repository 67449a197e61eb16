package com.sellout.portal.database.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL left running on the data directory by a JVM that was killed. */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private OrphanedPostmaster() {
	}

	/**
	 * After a kill -9 the postmaster may live on, holding the data directory: stop it
	 * cleanly.
	 */
	static void stop(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).trim());
		Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (postmaster.isEmpty()) {
			return; // a stale pid file: PostgreSQL itself recovers from the crash on
					// start
		}
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDir);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
			postmaster.get().onExit().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the orphaned PostgreSQL " + pid, ex);
		}
		catch (Exception ex) {
			throw new IOException("Could not stop the PostgreSQL (pid " + pid + ") that holds " + dataDir, ex);
		}
	}

}
