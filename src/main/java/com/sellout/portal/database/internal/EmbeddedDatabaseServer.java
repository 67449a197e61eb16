package com.sellout.portal.database.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started by the application itself when no external database is configured.
 * Its data survives restarts and a kill -9: a postmaster orphaned by a killed JVM is shut down
 * (fast mode, which is crash-safe) before the directory is used again.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

	public static final String DATABASE = "sellout";

	public static final String OWNER_ROLE = "sellout_owner";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts PostgreSQL on the data directory (created when empty) and makes sure the portal's
	 * database, its owner role and the application's runtime role exist.
	 */
	public static EmbeddedDatabaseServer start(Path dataDir, int port, boolean durable, boolean clean,
			String appRole, String appPassword) throws IOException {
		if (!ROLE_NAME.matcher(appRole).matches()) {
			throw new IllegalArgumentException("Not a plain PostgreSQL role name: " + appRole);
		}
		Path dir = dataDir.toAbsolutePath().normalize();
		Files.createDirectories(dir);
		stopOrphanedPostmaster(dir);
		String onOff = durable ? "on" : "off";
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(clean)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("fsync", onOff)
			.setServerConfig("synchronous_commit", onOff)
			.setServerConfig("full_page_writes", onOff)
			.setServerConfig("max_connections", "100")
			.start();
		EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres);
		try {
			server.bootstrap(appRole, appPassword);
		}
		catch (SQLException ex) {
			server.close();
			throw new IOException("Could not prepare the embedded database: " + ex.getMessage(), ex);
		}
		log.info("Embedded PostgreSQL on port {} with data in {} (durable: {})", postgres.getPort(), dir, durable);
		return server;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	public int port() {
		return postgres.getPort();
	}

	/** Connections as the owner of the schema: for migrations only. */
	public DataSource ownerDataSource() {
		return dataSource(OWNER_ROLE, null);
	}

	public DataSource dataSource(String user, String password) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(jdbcUrl());
		dataSource.setUser(user);
		if (password != null) {
			dataSource.setPassword(password);
		}
		return dataSource;
	}

	private void bootstrap(String appRole, String appPassword) throws SQLException {
		try (Connection con = postgres.getPostgresDatabase().getConnection(); Statement st = con.createStatement()) {
			st.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = '%1$s') then
					    create role %1$s login;
					  end if;
					  if not exists (select from pg_roles where rolname = '%2$s') then
					    create role %2$s login nosuperuser nocreatedb nocreaterole nobypassrls;
					  end if;
					  -- the sell-out loader: may COPY into sellout_lines alone (granted by the migrations)
					  if not exists (select from pg_roles where rolname = '%2$s_loader') then
					    create role %2$s_loader nologin nosuperuser bypassrls;
					  end if;
					end $$""".formatted(OWNER_ROLE, appRole));
			st.execute("grant " + appRole + "_loader to " + appRole);
			st.execute("alter role " + appRole + " password '" + appPassword.replace("'", "''") + "'");
			boolean exists;
			try (var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				st.execute("create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8' template template0");
			}
			st.execute("grant connect on database " + DATABASE + " to " + appRole);
		}
	}

	/** After a kill -9 the postmaster may live on, holding the data directory: stop it cleanly. */
	static void stopOrphanedPostmaster(Path dataDir) throws IOException {
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
			return; // a stale pid file: PostgreSQL itself recovers from the crash on start
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

	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
