package com.sellout.portal.database.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import com.sellout.portal.SelloutPortalApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With spring.datasource.url the portal uses that PostgreSQL (here a separately started server):
 * migrations as the owner, the application as a plain role, no embedded database, no demo data;
 * and it refuses to run as a role that could switch row-level security off.
 */
class ExternalDatabaseTest {

	@TempDir
	static Path dataDir;

	private static EmbeddedDatabaseServer server;

	@BeforeAll
	static void startAnExternalServer() throws Exception {
		server = EmbeddedDatabaseServer.start(dataDir, 0, false, true, "unused_app", "unused");
		try (Connection connection = server.dataSource("postgres", null).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create role ext_owner login password 'owner-secret'");
			statement.execute("create role ext_app login password 'app-secret' nosuperuser nobypassrls");
			statement.execute("create database extdb owner ext_owner");
			statement.execute("grant connect on database extdb to ext_app");
		}
	}

	@AfterAll
	static void stopTheServer() throws Exception {
		server.close();
	}

	@Test
	void theApplicationMigratesAsOwnerAndRunsAsAPlainRole() throws Exception {
		try (ConfigurableApplicationContext context = start("ext_app", "app-secret")) {
			assertThat(context.getBeansOfType(EmbeddedDatabaseServer.class)).isEmpty();
		}
		try (Connection connection = superuserOn("extdb"); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select string_agg(distinct tableowner, ',') from pg_tables where schemaname = 'public'"))
				.isEqualTo("ext_owner");
			assertThat(single(statement, "select count(*) from users")).as("no demo data in an external database").isEqualTo("0");
		}
	}

	@Test
	void theApplicationRefusesToRunAsTheOwnerOfItsTables() {
		start("ext_app", "app-secret").close(); // the schema exists
		assertThatThrownBy(() -> start("ext_owner", "owner-secret"))
			.hasStackTraceContaining("owns")
			.hasStackTraceContaining("row-level security");
	}

	private static ConfigurableApplicationContext start(String user, String password) {
		return new SpringApplicationBuilder(SelloutPortalApplication.class).run(
				"--spring.datasource.url=jdbc:postgresql://localhost:" + server.port() + "/extdb",
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--spring.flyway.user=ext_owner", "--spring.flyway.password=owner-secret", "--server.port=0");
	}

	private static Connection superuserOn(String database) throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/" + database,
				"postgres", "");
	}

	private static String single(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
