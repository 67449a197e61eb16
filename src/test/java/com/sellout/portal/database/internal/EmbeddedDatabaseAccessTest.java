package com.sellout.portal.database.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.sellout.portal.support.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL is not open to other processes of the machine: no role logs in
 * without its password (nor with a wrong one), pg_hba.conf trusts nobody, the generated
 * passwords are in a file only the portal's user reads, and a directory made the old way
 * (trust) is converted.
 */
@IntegrationTest
class EmbeddedDatabaseAccessTest {

	private static final String OWNER = EmbeddedDatabaseServer.OWNER_ROLE;

	@TempDir
	Path dataDir;

	@Test
	void aNewDirectoryAsksEveryRoleForItsPasswordAndKeepsAskingAfterARestart() throws Exception {
		Properties kept = new Properties();
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dataDir, 0, false, false, "sec_app",
				"app-secret")) {
			assertClosed(server.port(), "sec_app");
			try (Connection app = connect(server.port(), "sec_app", "app-secret")) {
				assertThat(single(app, "select current_user")).isEqualTo("sec_app");
			}
			try (Connection superuser = server.superuserDataSource().getConnection()) {
				assertThat(single(superuser, "show password_encryption")).isEqualTo("scram-sha-256");
				assertThat(single(superuser, "show listen_addresses")).isEqualTo("127.0.0.1");
				assertThat(single(superuser,
						"""
								select string_agg(rolname, ',' order by rolname) from pg_authid
								 where rolname in ('postgres', 'sellout_owner', 'sec_app') and rolpassword like 'SCRAM-SHA-256$%'"""))
					.isEqualTo("postgres,sec_app,sellout_owner");
			}
			assertPasswordFileIsPrivate(server);
			kept.load(Files.newBufferedReader(server.passwordFile()));
		}
		try (EmbeddedDatabaseServer again = EmbeddedDatabaseServer.start(dataDir, 0, false, false, "sec_app",
				"app-secret"); Connection owner = again.ownerDataSource().getConnection()) {
			assertThat(single(owner, "select current_user")).isEqualTo(OWNER);
			assertClosed(again.port(), "sec_app");
			Properties after = new Properties();
			after.load(Files.newBufferedReader(again.passwordFile()));
			assertThat(after).as("the same passwords after a restart").isEqualTo(kept).containsKeys("postgres", OWNER);
		}
	}

	@Test
	void aDirectoryMadeTheOldWayIsConvertedAtStartAndKeepsItsData() throws Exception {
		int oldPort;
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "localhost")
			.start()) {
			oldPort = old.getPort();
			try (Connection superuser = connect(oldPort, "postgres", null);
					Statement st = superuser.createStatement()) {
				st.execute("create role " + OWNER + " login");
				st.execute("create database sellout owner " + OWNER);
			}
			try (Connection owner = connect(oldPort, OWNER, null, "sellout"); Statement st = owner.createStatement()) {
				st.execute("create table kept (note text)");
				st.execute("insert into kept values ('made before passwords')");
			}
		}
		assertThat(ClientAuthentication.trustsSomeone(dataDir)).as("the old directory trusts local connections")
			.isTrue();

		try (EmbeddedDatabaseServer converted = EmbeddedDatabaseServer.start(dataDir, 0, false, false, "sec_app", "")) {
			assertClosed(converted.port(), "sec_app");
			try (Connection owner = converted.ownerDataSource().getConnection()) {
				assertThat(single(owner, "select note from kept")).isEqualTo("made before passwords");
			}
			try (Connection app = connect(converted.port(), "sec_app", converted.appPassword(), "sellout")) {
				assertThat(single(app, "select current_user")).isEqualTo("sec_app");
			}
			assertPasswordFileIsPrivate(converted);
			assertThat(Files.readString(converted.passwordFile())).contains("sec_app=");
		}
		try (EmbeddedDatabaseServer restarted = EmbeddedDatabaseServer.start(dataDir, 0, false, false, "sec_app", "");
				Connection owner = restarted.ownerDataSource().getConnection()) {
			assertThat(single(owner, "select note from kept")).isEqualTo("made before passwords");
			assertClosed(restarted.port(), "sec_app");
		}
	}

	/**
	 * Without a password and with a wrong one, as the superuser, the owner and the
	 * runtime role.
	 */
	private static void assertClosed(int port, String appRole) throws Exception {
		for (String role : List.of("postgres", OWNER, appRole)) {
			for (String database : List.of("postgres", "sellout")) {
				assertThatThrownBy(() -> connect(port, role, null, database).close())
					.as(role + " without a password on " + database)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("password");
				assertThatThrownBy(() -> connect(port, role, "wrong-password", database).close())
					.as(role + " with a wrong password on " + database)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("password authentication failed");
			}
		}
	}

	private void assertPasswordFileIsPrivate(EmbeddedDatabaseServer server) throws Exception {
		Path file = server.passwordFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(file.getParent()).isEqualTo(dataDir.toAbsolutePath().normalize());
		assertThat(file.startsWith(dataDir.toAbsolutePath().normalize().resolve("ftp"))).as("outside the FTP root")
			.isFalse();
		assertThat(Files.readString(file)).contains("postgres=", OWNER + "=");
		assertThat(Files.readString(dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8)).doesNotContain("trust")
			.contains("scram-sha-256");
	}

	static Connection connect(int port, String user, String password) throws SQLException {
		return connect(port, user, password, "postgres");
	}

	static Connection connect(int port, String user, String password, String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).isTrue();
			return rs.getString(1);
		}
	}

}
