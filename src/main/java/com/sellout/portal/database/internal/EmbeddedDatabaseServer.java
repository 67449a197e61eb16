package com.sellout.portal.database.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started by the application itself when no external database is
 * configured. Its data survives restarts and a kill -9: a postmaster orphaned by a killed
 * JVM is shut down (fast mode, which is crash-safe) before the directory is used again.
 * Every role needs its password; the server listens on the IPv4 loopback only, unless it
 * is told to let the reporting roles in from outside ({@link OutsideAccess}): then over
 * TLS, for those roles alone.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

	public static final String DATABASE = "sellout";

	public static final String OWNER_ROLE = "sellout_owner";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final String SUPERUSER = "postgres";

	private static final String LOOPBACK = "127.0.0.1";

	private final EmbeddedPostgres postgres;

	private final String superuserPassword;

	private final String ownerPassword;

	private final String appPassword;

	private final Path passwordFile;

	private final ServerCertificate certificate;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres, String superuserPassword, String ownerPassword,
			String appPassword, Path passwordFile, ServerCertificate certificate) {
		this.postgres = postgres;
		this.superuserPassword = superuserPassword;
		this.ownerPassword = ownerPassword;
		this.appPassword = appPassword;
		this.passwordFile = passwordFile;
		this.certificate = certificate;
	}

	/** On the loopback alone. */
	public static EmbeddedDatabaseServer start(Path dataDir, int port, boolean durable, boolean clean, String appRole,
			String appPassword) throws IOException {
		return start(dataDir, port, durable, clean, appRole, appPassword, null);
	}

	/**
	 * Starts PostgreSQL on the data directory (created when empty) and makes sure the
	 * portal's database, its owner role and the application's runtime role exist, each
	 * with a password. A directory made before passwords (pg_hba.conf trusting local
	 * connections) is converted: it starts letting in the superuser alone from 127.0.0.1,
	 * the roles get their passwords, then pg_hba.conf asks everyone for one and is
	 * reloaded.
	 * @param appPassword the runtime role's password; blank: generated and kept with the
	 * others
	 * @param outside how reporting roles get in from outside; null: they do not
	 */
	public static EmbeddedDatabaseServer start(Path dataDir, int port, boolean durable, boolean clean, String appRole,
			String appPassword, OutsideAccess outside) throws IOException {
		if (!ROLE_NAME.matcher(appRole).matches()) {
			throw new IllegalArgumentException("Not a plain PostgreSQL role name: " + appRole);
		}
		if (outside != null && (port == 0 || !ROLE_NAME.matcher(outside.reportingGroup()).matches())) {
			throw new IllegalArgumentException("Listening outside the loopback needs a fixed port "
					+ "(PORTAL_DATABASE_PORT) and a plain reporting group name");
		}
		Path dir = dataDir.toAbsolutePath().normalize();
		Files.createDirectories(dir);
		OrphanedPostmaster.stop(dir);
		// zonky runs initdb when it wipes the directory or finds no postgresql.conf
		boolean fresh = clean || !Files.exists(dir.resolve("postgresql.conf"));
		boolean converting = !fresh && ClientAuthentication.trustsSomeone(dir);
		DatabasePasswords passwords = fresh ? DatabasePasswords.none(dir) : DatabasePasswords.read(dir);
		if (!fresh && !converting && passwords.isEmpty()) {
			throw new IOException("The embedded database in " + dir + " asks for passwords but "
					+ DatabasePasswords.fileIn(dir) + " is missing: restore it from a backup of the data directory");
		}
		String superuser = passwords.of(SUPERUSER);
		passwords.of(OWNER_ROLE);
		String runtimePassword = appPassword == null || appPassword.isBlank() ? passwords.of(appRole) : appPassword;
		Path initdbPasswordFile = null;
		if (fresh) {
			// initdb sets the superuser's password from a file (zonky passes its "locale"
			// options on to initdb)
			initdbPasswordFile = Files.createTempFile("portal-initdb", ".pw",
					PosixFilePermissions.asFileAttribute(DatabasePasswords.OWNER_ONLY));
			Files.writeString(initdbPasswordFile, superuser, StandardCharsets.UTF_8);
		}
		else if (passwords.changed()) {
			// kept before any role gets it: a conversion cut short is done again with the
			// same passwords
			passwords.save();
		}
		String hba = outside == null ? ClientAuthentication.PASSWORDS_ONLY
				: ClientAuthentication.withReportingFromOutside(DATABASE, outside.reportingGroup(),
						List.of(SUPERUSER, OWNER_ROLE, appRole, appRole + "_loader"));
		ServerCertificate[] certificate = new ServerCertificate[1];
		String onOff = durable ? "on" : "off";
		EmbeddedPostgres postgres;
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(clean)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setConnectConfig("password", superuser)
				.setDataDirectoryCustomizer(directory -> {
					prepare(directory.toPath(), fresh, converting, passwords, hba);
					if (outside != null) {
						certificate[0] = outside.serverCertificate(directory.toPath());
					}
				})
				// IPv4 loopback only: "localhost" may also mean ::1, which not every host
				// has
				.setServerConfig("listen_addresses", LOOPBACK)
				.setServerConfig("password_encryption", "scram-sha-256")
				.setServerConfig("fsync", onOff)
				.setServerConfig("synchronous_commit", onOff)
				.setServerConfig("full_page_writes", onOff)
				.setServerConfig("max_connections", "100");
			if (outside != null) {
				// the paths are known before the customizer makes a missing pair
				Path crt = outside.certificate() != null ? outside.certificate().toAbsolutePath()
						: dir.resolve(ServerCertificate.CERTIFICATE_FILE);
				Path key = outside.key() != null ? outside.key().toAbsolutePath()
						: dir.resolve(ServerCertificate.KEY_FILE);
				builder.setServerConfig("listen_addresses", outside.listenAddresses(LOOPBACK))
					.setServerConfig("ssl", "on")
					.setServerConfig("ssl_cert_file", crt.toString())
					.setServerConfig("ssl_key_file", key.toString())
					.setServerConfig("ssl_min_protocol_version", "TLSv1.2");
			}
			if (initdbPasswordFile != null) {
				builder.setLocaleConfig("pwfile", initdbPasswordFile.toString());
			}
			postgres = builder.start();
		}
		finally {
			if (initdbPasswordFile != null) {
				Files.deleteIfExists(initdbPasswordFile);
			}
		}
		EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres, superuser, passwords.of(OWNER_ROLE),
				runtimePassword, DatabasePasswords.fileIn(dir), certificate[0]);
		try {
			server.bootstrap(appRole, runtimePassword);
			if (converting) {
				ClientAuthentication.write(dir, hba);
				server.reloadConfiguration();
				log.warn(
						"The embedded database in {} trusted local connections; its roles now have passwords (kept in {})",
						dir, passwords.file());
			}
		}
		catch (SQLException ex) {
			server.close();
			throw new IOException("Could not prepare the embedded database: " + ex.getMessage(), ex);
		}
		log.info("Embedded PostgreSQL on {}:{} with data in {} (durable: {})",
				outside == null ? LOOPBACK : outside.listenAddresses(LOOPBACK), postgres.getPort(), dir, durable);
		return server;
	}

	/**
	 * Runs after initdb (if any) and before the server starts: the passwords file and
	 * pg_hba.conf.
	 */
	private static void prepare(Path dir, boolean fresh, boolean converting, DatabasePasswords passwords, String hba) {
		try {
			if (fresh) {
				passwords.save();
			}
			passwords.restrict();
			ClientAuthentication.write(dir, converting ? ClientAuthentication.CONVERSION : hba);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/" + database;
	}

	public int port() {
		return postgres.getPort();
	}

	/**
	 * SHA-256 of the TLS certificate when the server lets reporting roles in from
	 * outside.
	 */
	public Optional<String> certificateFingerprint() {
		return Optional.ofNullable(certificate).map(ServerCertificate::fingerprint);
	}

	/** The file with the generated passwords (mode 600). */
	public Path passwordFile() {
		return passwordFile;
	}

	/**
	 * The runtime role's password: the configured one, or the one generated and kept in
	 * the file.
	 */
	public String appPassword() {
		return appPassword;
	}

	/** Connections as the owner of the schema: for migrations only. */
	public DataSource ownerDataSource() {
		return dataSource(OWNER_ROLE, ownerPassword);
	}

	/**
	 * Connections as the superuser {@code postgres}, to its own database: tests and
	 * maintenance.
	 */
	public DataSource superuserDataSource() {
		PGSimpleDataSource dataSource = (PGSimpleDataSource) dataSource(SUPERUSER, superuserPassword);
		dataSource.setUrl(jdbcUrl(SUPERUSER));
		return dataSource;
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

	private void reloadConfiguration() throws SQLException {
		try (Connection con = superuserDataSource().getConnection(); Statement st = con.createStatement()) {
			st.execute("select pg_reload_conf()");
		}
	}

	private void bootstrap(String appRole, String appPassword) throws SQLException {
		try (Connection con = superuserDataSource().getConnection(); Statement st = con.createStatement()) {
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
			// set at every start: the passwords file is the truth, and a converted
			// directory gets them here
			st.execute("alter role " + SUPERUSER + " password " + literal(superuserPassword));
			st.execute("alter role " + OWNER_ROLE + " password " + literal(ownerPassword));
			st.execute("alter role " + appRole + " password " + literal(appPassword));
			boolean exists;
			try (var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				st.execute(
						"create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8' template template0");
			}
			st.execute("grant connect on database " + DATABASE + " to " + appRole);
			// CONNECT by name only (PUBLIC has it by default): each reporting login gets
			// its
			// own; the owner creates those (CREATEROLE, which on PostgreSQL 16+ reaches
			// only
			// the roles it creates itself). Outside the loopback pg_hba.conf lets them
			// into
			// this database alone.
			st.execute("revoke connect on database " + DATABASE + " from public");
			st.execute("alter role " + OWNER_ROLE + " createrole");
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
