package com.sellout.portal.odata;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.IntegrationTest;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SQL reporting schema as a BI tool meets it: a portal whose embedded PostgreSQL
 * listens on this machine's network address (a fixed port, TLS), a reporting role made on
 * the «Подключение BI» page by the manufacturer's administrator, and a plain JDBC
 * connection from outside the loopback, certificate verified. The role sees exactly its
 * distributor's figures (those of the analytics API), whatever it sets; it reads nothing
 * but the reporting views and writes nothing; a new password ends the old one, a drop the
 * role. One portal of its own (its own data directory), shared by the tests here.
 */
@IntegrationTest
class ReportingDatabaseTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path DATA = Path.of("target/test-reporting-database");

	private static final String PERIOD = "2026-03";

	private static ConfigurableApplicationContext portal;

	private static String address;

	private static int databasePort;

	private static String base;

	@BeforeAll
	static void startAPortalListeningOutside() throws Exception {
		address = networkAddress();
		try (ServerSocket free = new ServerSocket(0)) {
			databasePort = free.getLocalPort();
		}
		portal = new SpringApplicationBuilder(SelloutPortalApplication.class).profiles("test")
			.run(FreePorts.with("--portal.database.data-dir=" + DATA, "--portal.database.listen-address=" + address,
					"--portal.database.port=" + databasePort, "--portal.ftp.root=target/test-reporting-ftp"));
		base = "http://localhost:" + portal.getEnvironment().getProperty("local.server.port");
		report("alfa.admin", "6645390113", "ООО \"Щитстрой\"", "EL-10001", "3", "2221.32", "EL-10002", "2", "2992.86");
		report("beta.admin", "6645390113", "ООО \"Щитстрой\"", "EL-10003", "5", "8415.40", "EL-10001", "1", "740.44");
		awaitFigures("alfa.admin", 2);
		awaitFigures("beta.admin", 2);
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
	}

	@Test
	void aDistributorsRoleReadsExactlyItsFiguresOverTlsWhateverItSets() throws Exception {
		Credentials alfa = createOnThePage("admin", "ALFA");
		assertThat(alfa.role()).startsWith("reporting_alfa_");
		JsonNode api = totals("alfa.admin");
		try (Connection tool = connect(alfa); Statement sql = tool.createStatement()) {
			assertThat(single(sql, "select ssl::text from pg_stat_ssl where pid = pg_backend_pid()")).isEqualTo("true");
			assertFigures(sql, api, "ALFA");
			sql.execute("set portal.all_distributors = 'on'");
			sql.execute("set portal.distributor_id = '" + distributorId("BETA") + "'");
			assertFigures(sql, api, "ALFA");
			sql.execute("select set_config('portal.all_distributors', 'on', false)");
			assertThat(single(sql, "select string_agg(distinct distributor_code, ',') from reporting.distributors"))
				.isEqualTo("ALFA");
			assertThat(single(sql, "select count(*) from reporting.sellout_lines where distributor_code <> 'ALFA'"))
				.isEqualTo("0");
			assertThat(single(sql, "select count(*) from reporting.sell_in where distributor_code <> 'ALFA'"))
				.isEqualTo("0");
		}
	}

	@Test
	void anAllDistributorsRoleReadsTheManufacturersFigures() throws Exception {
		Credentials all = createOnThePage("admin", "Всех дистрибьюторов");
		assertThat(all.role()).startsWith("reporting_all_");
		try (Connection tool = connect(all); Statement sql = tool.createStatement()) {
			assertFigures(sql, totals("admin"), null);
			assertThat(single(sql, "select count(*) from reporting.distributors"))
				.isEqualTo(single(portalSql(), "select count(*) from distributors"));
		}
	}

	@Test
	void aReportingRoleReadsNothingButTheReportingViewsAndWritesNothing() throws Exception {
		Credentials alfa = createOnThePage("admin", "ALFA");
		Credentials beta = createOnThePage("admin", "BETA");
		try (Connection tool = connect(alfa); Statement sql = tool.createStatement()) {
			for (String refused : new String[] { "select count(*) from public.sellout_lines",
					"select count(*) from public.users", "select count(*) from public.clients",
					"select count(*) from distributor_directory", "update reporting.distributors set name = 'x'",
					"update reporting.role_scopes set all_distributors = true, distributor_id = null",
					"delete from reporting.role_scopes", "insert into reporting.role_scopes values ('x', true, null)",
					"create table reporting.mine (id int)", "create temporary table mine (id int)",
					"set role sellout_reporting", "select reporting.drop_login('" + beta.role() + "')",
					"select reporting.create_login('reporting_x_1', 'SCRAM-SHA-256$4096:AA==$AA==:AA==', null)" }) {
				assertThatThrownBy(() -> sql.execute(refused)).as(refused)
					.isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).as(refused)
						.isIn("42501", "42P01", "42883", "25006"));
			}
			assertThat(single(sql, "select string_agg(role::text, ',') from reporting.role_scopes"))
				.isEqualTo(alfa.role());
		}
		try (Connection tool = connect(beta); Statement sql = tool.createStatement()) {
			assertThat(single(sql, "select string_agg(distinct distributor_code, ',') from reporting.sellout_lines"))
				.isEqualTo("BETA");
		}
	}

	@Test
	void theViewsRunWithTheReadersRightsAndTheScopeFunctionsStayInlinedForThePortal() throws Exception {
		assertThat(single(portalSql(), """
				select string_agg(relname, ',') from pg_class
				 where relnamespace = 'reporting'::regnamespace and relkind = 'v'
				   and not coalesce('security_invoker=true' = any(reloptions), false)""")).as("not security_invoker")
			.isNull();
		assertThat(Integer.parseInt(single(portalSql(),
				"select count(*) from pg_class where relnamespace = 'reporting'::regnamespace and relkind = 'v'")))
			.isGreaterThanOrEqualTo(14);
		ScopedTransactions transactions = portal.getBean(ScopedTransactions.class);
		JdbcClient jdbc = portal.getBean(JdbcClient.class);
		String plan = transactions.callAs(DataScope.distributor(distributorId("ALFA")), () -> String.join("\n",
				jdbc.sql("explain (verbose) select count(*) from sell_in_lines").query(String.class).list()));
		assertThat(plan).as("portal_may_see and the functions it calls are inlined into the policy")
			.doesNotContain("portal_may_see(")
			.doesNotContain("portal_all_distributors(")
			.doesNotContain("portal_distributor_id(")
			.contains("current_setting");
	}

	@Test
	void fromOutsideOnlyReportingRolesGetInAndOnlyOverTls() throws Exception {
		Credentials alfa = createOnThePage("admin", "ALFA");
		assertThatThrownBy(() -> DriverManager.getConnection(url("disable"), alfa.role(), alfa.password()))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("pg_hba.conf");
		Properties passwords = new Properties();
		try (var in = Files.newBufferedReader(DATA.resolve("portal-database-passwords.properties"))) {
			passwords.load(in);
		}
		for (String own : new String[] { "sellout_app", "sellout_owner", "postgres" }) {
			assertThatThrownBy(() -> DriverManager.getConnection(url("verify-full"), own, passwords.getProperty(own)))
				.as(own)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("pg_hba.conf");
		}
		ReportingDatabase.Connection shown = portal.getBean(ReportingDatabase.class).connection();
		assertThat(shown.enabled()).isTrue();
		assertThat(shown.host()).isEqualTo(address);
		assertThat(shown.port()).isEqualTo(databasePort);
		assertThat(shown.database()).isEqualTo("sellout");
		assertThat(shown.schema()).isEqualTo("reporting");
		assertThat(shown.certificateFingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
		Document page = page(admin(), "/bi/reporting");
		assertThat(page.select("[data-testid=reporting-port]").text()).isEqualTo(Integer.toString(databasePort));
		assertThat(page.select("[data-testid=reporting-fingerprint]").text()).isEqualTo(shown.certificateFingerprint());
	}

	@Test
	void aNewPasswordEndsTheOldOneAndADropEndsTheRole() throws Exception {
		Credentials alfa = createOnThePage("admin", "ALFA");
		PortalHttp admin = admin();
		try (Connection open = connect(alfa)) {
			Credentials renewed = shownCredentials(admin,
					PageForm.on(admin, "/bi/reporting", "tr[data-role=" + alfa.role() + "] form[action$=/password]")
						.submit());
			assertThat(renewed.role()).isEqualTo(alfa.role());
			assertThat(renewed.password()).isNotEqualTo(alfa.password());
			assertThatThrownBy(() -> connect(alfa)).isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			assertThatThrownBy(() -> single(open.createStatement(), "select 1")).as("the open session ended")
				.isInstanceOf(SQLException.class);
			try (Connection again = connect(renewed); Statement sql = again.createStatement()) {
				assertThat(single(sql, "select count(*) > 0 from reporting.sellout_lines")).isEqualTo("t");
				HttpResponse<String> dropped = PageForm
					.on(admin, "/bi/reporting", "tr[data-role=" + alfa.role() + "] form[action$=/drop]")
					.submit();
				assertThat(dropped.statusCode()).isEqualTo(302);
				assertThatThrownBy(() -> single(sql, "select 1")).as("its session ended")
					.isInstanceOf(SQLException.class);
			}
			assertThatThrownBy(() -> connect(renewed)).isInstanceOf(SQLException.class);
			assertThat(single(portalSql(), "select count(*) from pg_roles where rolname = '" + alfa.role() + "'"))
				.isEqualTo("0");
			assertThat(single(portalSql(), """
					select string_agg(action, ',' order by id) from audit_events
					 where target_type = 'reporting_role' and target_id = '%s'""".formatted(alfa.role())))
				.isEqualTo("REPORTING_ROLE_CREATED,REPORTING_ROLE_PASSWORD_CHANGED,REPORTING_ROLE_DROPPED");
		}
	}

	@Test
	void onlyTheManufacturersAdministratorManagesRoles() throws Exception {
		Credentials alfa = createOnThePage("admin", "ALFA");
		for (String login : new String[] { "analyst", "alfa.admin", "alfa.manager" }) {
			PortalHttp other = PortalHttp.at(base).loggedInAs(login, "demo");
			Document page = page(other, "/bi/reporting");
			assertThat(page.select("[data-testid=reporting-create]")).as(login).isEmpty();
			assertThat(page.select("form[action*=/drop]")).as(login).isEmpty();
			assertThat(other.submit("/bi/reporting", "/bi/reporting/roles", Map.of("distributor", "all")).statusCode())
				.as(login)
				.isEqualTo(403);
			assertThat(other.submit("/bi/reporting", "/bi/reporting/roles/" + alfa.role() + "/password", Map.of())
				.statusCode()).as(login).isEqualTo(403);
			assertThat(other.submit("/bi/reporting", "/bi/reporting/roles/" + alfa.role() + "/drop", Map.of())
				.statusCode()).as(login).isEqualTo(403);
		}
		Document distributorsView = page(PortalHttp.at(base).loggedInAs("beta.admin", "demo"), "/bi/reporting");
		assertThat(distributorsView.select("tr[data-role=" + alfa.role() + "]")).as("ALFA's role, not BETA's")
			.isEmpty();
		try (Connection tool = connect(alfa)) {
			assertThat(single(tool.createStatement(), "select 1")).as("the refused requests changed nothing")
				.isEqualTo("1");
		}
	}

	// --- the portal's side

	/**
	 * Creates a role on the page as this user, choosing the option; the shown
	 * credentials.
	 */
	private static Credentials createOnThePage(String login, String option) {
		PortalHttp http = PortalHttp.at(base).loggedInAs(login, "demo");
		PageForm form = PageForm.on(http, "/bi/reporting", "[data-testid=reporting-create]");
		String label = form.options("distributor")
			.stream()
			.filter(o -> o.equals(option) || o.startsWith(option + " · "))
			.findFirst()
			.orElseThrow();
		return shownCredentials(http, form.choose("distributor", label).submit());
	}

	/** The credentials in the answer to the form, and on no later page. */
	private static Credentials shownCredentials(PortalHttp http, HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Document page = Jsoup.parse(answer.body());
		String role = page.select("[data-testid=reporting-new-role]").text();
		String password = page.select("[data-testid=reporting-new-password]").text();
		assertThat(role).isNotBlank();
		assertThat(password).hasSizeGreaterThanOrEqualTo(24);
		assertThat(page(http, "/bi/reporting").select("[data-testid=reporting-new-password]")).as("shown once")
			.isEmpty();
		return new Credentials(role, password);
	}

	private static PortalHttp admin() {
		return PortalHttp.at(base).loggedInAs("admin", "demo");
	}

	private static Document page(PortalHttp http, String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	private static void report(String login, String inn, String client, String sku1, String quantity1, String amount1,
			String sku2, String quantity2, String amount2) {
		String json = """
				{"period": "%1$s", "lines": [
				 {"sale_date": "%1$s-05", "client_inn": "%2$s", "client_name": %3$s, "sku": "%4$s",
				  "quantity": "%5$s", "unit": "шт", "amount": "%6$s", "vat_included": false},
				 {"sale_date": "%1$s-17", "client_inn": "%2$s", "client_name": %3$s, "sku": "%7$s",
				  "quantity": "%8$s", "unit": "шт", "amount": "%9$s", "vat_included": false}]}""".formatted(PERIOD, inn,
				JSON.writeValueAsString(client), sku1, quantity1, amount1, sku2, quantity2, amount2);
		HttpResponse<String> response = PortalHttp.at(base)
			.apiPost("/api/v1/sellout/reports", "application/json", json.getBytes(StandardCharsets.UTF_8), login,
					"demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/** The analytics API's totals of the month for this user. */
	private static JsonNode totals(String login) {
		HttpResponse<String> response = PortalHttp.at(base)
			.api("/api/v1/analytics/sellout?from=" + PERIOD + "&to=" + PERIOD, login, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).path("totals");
	}

	private static void awaitFigures(String login, long lines) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (totals(login).path("lines").asLong() < lines) {
			assertThat(Instant.now()).as("the rollups of " + login + "'s report").isBefore(deadline);
			Thread.sleep(200);
		}
	}

	// --- the tool's side

	/**
	 * The month's figures read in the reporting views equal the API's; and the lines sum
	 * to the rollup.
	 */
	private static void assertFigures(Statement sql, JsonNode api, String onlyCode) throws SQLException {
		String where = " where period = date '" + PERIOD + "-01'";
		assertThat(decimal(sql, "select sum(amount_net) from reporting.sellout_monthly" + where))
			.isEqualByComparingTo(api.path("amountNet").decimalValue());
		assertThat(decimal(sql, "select sum(quantity) from reporting.sellout_monthly" + where))
			.isEqualByComparingTo(api.path("quantity").decimalValue());
		assertThat(decimal(sql, "select sum(lines) from reporting.sellout_monthly" + where))
			.isEqualByComparingTo(BigDecimal.valueOf(api.path("lines").asLong()));
		assertThat(decimal(sql, "select sum(amount_net) from reporting.sellout_lines" + where))
			.isEqualByComparingTo(api.path("amountNet").decimalValue());
		assertThat(decimal(sql, "select count(*) from reporting.sellout_lines" + where))
			.isEqualByComparingTo(BigDecimal.valueOf(api.path("lines").asLong()));
		if (onlyCode != null) {
			assertThat(single(sql, "select string_agg(distinct distributor_code, ',') from reporting.sellout_monthly"))
				.isEqualTo(onlyCode);
		}
	}

	private static Connection connect(Credentials credentials) throws SQLException {
		return DriverManager.getConnection(url("verify-full"), credentials.role(), credentials.password());
	}

	/** The portal's database from this machine's network address: not the loopback. */
	private static String url(String sslMode) {
		return "jdbc:postgresql://" + address + ":" + databasePort + "/sellout?sslmode=" + sslMode + "&sslrootcert="
				+ DATA.toAbsolutePath().resolve("portal-server.crt") + "&connectTimeout=10";
	}

	/** The superuser over the loopback: the truth to compare with. */
	private static Statement portalSql() throws SQLException {
		Properties passwords = new Properties();
		try (var in = Files.newBufferedReader(DATA.resolve("portal-database-passwords.properties"))) {
			passwords.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/sellout", "postgres",
					passwords.getProperty("postgres"))
			.createStatement();
	}

	private static long distributorId(String code) throws SQLException {
		return Long.parseLong(single(portalSql(), "select id from distributors where code = '" + code + "'"));
	}

	private static String single(Statement sql, String query) throws SQLException {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static BigDecimal decimal(Statement sql, String query) throws SQLException {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getBigDecimal(1) == null ? BigDecimal.ZERO : rs.getBigDecimal(1);
		}
	}

	/** An IPv4 address of this machine that is not the loopback. */
	private static String networkAddress() throws Exception {
		for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
			if (!network.isUp() || network.isLoopback()) {
				continue;
			}
			for (InetAddress candidate : network.inetAddresses().toList()) {
				if (candidate instanceof Inet4Address && !candidate.isLoopbackAddress()
						&& !candidate.isLinkLocalAddress()) {
					return candidate.getHostAddress();
				}
			}
		}
		throw new AssertionError("This test needs a network address besides the loopback");
	}

	record Credentials(String role, String password) {
	}

}
