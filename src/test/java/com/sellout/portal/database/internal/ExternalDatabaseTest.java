package com.sellout.portal.database.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.IntegrationTest;
import com.sellout.portal.support.Receiving;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With spring.datasource.url the portal uses that PostgreSQL (here a separately started
 * server): migrations as the owner, the application as a plain role, no embedded
 * database, no demo data; and it refuses to run as a role that could switch row-level
 * security off.
 */
@IntegrationTest
class ExternalDatabaseTest {

	@TempDir
	static Path dataDir;

	private static EmbeddedDatabaseServer server;

	@BeforeAll
	static void startAnExternalServer() throws Exception {
		server = EmbeddedDatabaseServer.start(dataDir, 0, false, true, "unused_app", "unused");
		try (Connection connection = server.superuserDataSource().getConnection();
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
			assertThat(single(statement,
					"select string_agg(distinct tableowner, ',') from pg_tables where schemaname = 'public'"))
				.isEqualTo("ext_owner");
			assertThat(single(statement, "select count(*) from users")).as("no demo data in an external database")
				.isEqualTo("0");
		}
	}

	@Test
	void withoutALoaderRoleSellOutLinesAreStagedAndInsertedUnderThePolicies() throws Exception {
		try (ConfigurableApplicationContext context = start("ext_app", "app-secret")) {
			try (Connection connection = superuserOn("extdb"); Statement statement = connection.createStatement()) {
				statement
					.execute("insert into distributors (code, name, inn) values ('EXT', 'ООО Внешний', '7707083893')");
				statement.execute("insert into products (sku, name) values ('EXT-1', 'Розетка')");
			}
			long distributor = context.getBean(ScopedTransactions.class)
				.callAs(DataScope.ALL_DISTRIBUTORS,
						() -> context.getBean(JdbcClient.class)
							.sql("select id from distributors where code = 'EXT'")
							.query(Long.class)
							.single());
			byte[] file = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма\n02.03.2026;ООО Ромашка;7707083893;EXT-1;3;300\n"
				.getBytes(StandardCharsets.UTF_8);
			SellOutReport report = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> Receiving
						.receive(context.getBean(SellOutIntake.class), distributor, Channel.API, "ext.csv", "text/csv",
								file, null, null, Duration.ofSeconds(30))
						.report());
			assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
			assertThat(report.period()).isEqualTo("2026-03");
			assertThat(report.acceptedQuantity()).isEqualByComparingTo("3");
		}
		try (Connection connection = superuserOn("extdb"); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select count(*) from pg_roles where rolname = 'ext_app_loader'"))
				.isEqualTo("0");
			assertThat(single(statement, "select count(*) from sellout_lines")).isEqualTo("1");
		}
	}

	@Test
	void theApplicationRefusesARoleItCouldSwitchToThatBypassesRowLevelSecurity() throws Exception {
		start("ext_app", "app-secret").close(); // the schema exists
		try (Connection connection = superuserOn("extdb"); Statement statement = connection.createStatement()) {
			statement.execute("create role ext_wide nologin bypassrls");
			statement.execute("grant ext_wide to ext_app");
		}
		try {
			assertThatThrownBy(() -> start("ext_app", "app-secret")).hasStackTraceContaining("ext_wide")
				.hasStackTraceContaining("bypass");
		}
		finally {
			try (Connection connection = superuserOn("extdb"); Statement statement = connection.createStatement()) {
				statement.execute("revoke ext_wide from ext_app");
			}
		}
	}

	@Test
	void theApplicationRefusesToRunAsTheOwnerOfItsTables() {
		start("ext_app", "app-secret").close(); // the schema exists
		assertThatThrownBy(() -> start("ext_owner", "owner-secret")).hasStackTraceContaining("owns")
			.hasStackTraceContaining("row-level security");
	}

	private static ConfigurableApplicationContext start(String user, String password) {
		return new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--spring.datasource.url=jdbc:postgresql://localhost:" + server.port() + "/extdb",
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
					"--spring.flyway.user=ext_owner", "--spring.flyway.password=owner-secret",
					"--portal.ftp.root=" + dataDir.resolve("ftp")));
	}

	private static Connection superuserOn(String database) throws Exception {
		var superuser = (PGSimpleDataSource) server.superuserDataSource();
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database, "postgres",
				superuser.getPassword());
	}

	private static String single(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
