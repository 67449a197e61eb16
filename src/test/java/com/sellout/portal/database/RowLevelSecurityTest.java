package com.sellout.portal.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second wall between distributors: PostgreSQL itself. Hand-written SQL without any
 * filter still sees only what the transaction's scope allows.
 */
class RowLevelSecurityTest extends PortalTest {

	/**
	 * Tables that hold no distributor's data. A new table must be added here or get RLS.
	 */
	private static final Set<String> GLOBAL_TABLES = Set.of("flyway_schema_history", "login_throttle", "products",
			"product_groups", "client_segments", "scheduled_tasks",
			// web sessions (issue 14): no distributor's rows; a session's user is in its
			// security context
			"spring_session", "spring_session_attributes",
			// Spring Modulith's event publication registry (issue 15): events, declared
			// global
			"event_publication",
			// the operator's one-time second-factor resets (issue 22): logins the
			// operator
			// named at start, no distributor's data
			"second_factor_operator_resets");

	@Autowired
	private DataSource dataSource;

	@Test
	void everyDistributorOwnedTableHasForcedRowLevelSecurity() {
		List<TableSecurity> tables = jdbc.sql("""
				select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
				  from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')""")
			.query(TableSecurity.class)
			.list();
		assertThat(tables).extracting(TableSecurity::name).contains("distributors", "users", "audit_events");
		assertThat(tables).filteredOn(t -> !GLOBAL_TABLES.contains(t.name()))
			.allSatisfy(t -> assertThat(t.enabled() && t.forced())
				.as("table %s must ENABLE and FORCE row level security, or be listed as global", t.name())
				.isTrue());
	}

	@Test
	void everyTableWithADistributorColumnIsUnderRowLevelSecurity() {
		List<String> unprotected = jdbc.sql("""
				select c.relname from pg_class c
				  join pg_attribute a on a.attrelid = c.oid and a.attname = 'distributor_id' and not a.attisdropped
				 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
				   and not (c.relrowsecurity and c.relforcerowsecurity)""").query(String.class).list();
		assertThat(unprotected).isEmpty();
	}

	@Test
	void aDistributorScopeReadsOnlyItsOwnRowsEvenWithoutAWhereClause() {
		long alfa = distributorId("ALFA");
		List<String> codes = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("select code from distributors").query(String.class).list());
		List<Long> owners = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("select distinct distributor_id from users").query(Long.class).list());
		List<String> logins = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("select login from users").query(String.class).list());

		assertThat(codes).containsExactly("ALFA");
		assertThat(owners).containsExactly(alfa);
		assertThat(logins).contains("alfa.admin", "alfa.manager").doesNotContain("beta.manager", "admin");
	}

	@Test
	void theAllDistributorsScopeSeesEveryDistributor() {
		List<String> codes = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select code from distributors").query(String.class).list());
		assertThat(codes).contains("ALFA", "BETA", "GAMMA");
	}

	@Test
	void anUnscopedConnectionSeesNoDistributorRowAtAll() throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(count(statement, "select count(*) from distributors")).isZero();
			assertThat(count(statement, "select count(*) from users")).isZero();
			assertThat(count(statement, "select count(*) from audit_events")).isZero();
		}
		long none = transactions.callAs(DataScope.NONE,
				() -> jdbc.sql("select count(*) from users").query(Long.class).single());
		assertThat(none).isZero();
	}

	@Test
	void aDistributorScopeCannotWriteAnotherDistributorsRows() {
		long alfa = distributorId("ALFA");
		long beta = distributorId("BETA");
		assertThatThrownBy(() -> transactions.runAs(DataScope.distributor(alfa), () -> jdbc.sql("""
				insert into users (login, password_hash, name, role, distributor_id)
				values ('sneaky', 'x', 'Sneaky', 'DISTRIBUTOR_MANAGER', ?)""").param(beta).update()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("row-level security");
		int changed = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("update users set name = 'hijacked' where distributor_id = ?").param(beta).update());
		assertThat(changed).isZero();
		int renamed = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("update distributors set name = 'hijacked'").update());
		assertThat(renamed).isZero();
	}

	@Test
	void theRuntimeRoleOwnsNothingAndCannotBypassPolicies() {
		RoleFacts role = jdbc.sql("""
				select r.rolname as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
				       (select count(*) from pg_class c where c.relowner = r.oid) as owned
				  from pg_roles r where r.rolname = current_user""").query(RoleFacts.class).single();
		assertThat(role.name()).isEqualTo("sellout_app");
		assertThat(role.superuser()).isFalse();
		assertThat(role.bypass()).isFalse();
		assertThat(role.owned()).isZero();
	}

	@Test
	void theAuditLogIsAppendOnly() {
		assertThatThrownBy(() -> transactions.runAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("delete from audit_events").update()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("permission denied");
	}

	private static long count(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	record TableSecurity(String name, boolean enabled, boolean forced) {
	}

	record RoleFacts(String name, boolean superuser, boolean bypass, long owned) {
	}

}
