package com.sellout.portal.database.internal;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start when the runtime connections could escape row-level security: their
 * role must own no table (owners can switch policies off) and have neither SUPERUSER nor
 * BYPASSRLS, nor be able to switch to a role that has — except the sell-out loader, which
 * may only insert lines.
 */
class RuntimeRoleGuard implements SmartInitializingSingleton {

	private final JdbcClient jdbc;

	RuntimeRoleGuard(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public void afterSingletonsInstantiated() {
		RoleFacts facts = jdbc.sql("""
				select r.rolname as name, r.rolsuper or r.rolbypassrls as bypasses,
				       (select count(*) from pg_class c
				         where c.relowner = r.oid and c.relkind in ('r', 'p')
				           and c.relnamespace = 'public'::regnamespace) as owned_tables
				  from pg_roles r where r.rolname = current_user""").query(RoleFacts.class).single();
		List<String> wideRoles = jdbc.sql("""
				select r.rolname from pg_roles r
				 where pg_has_role(current_user, r.oid, 'MEMBER') and r.rolname <> current_user
				   and (r.rolsuper or r.rolbypassrls)
				   and (r.rolname <> current_user || '_loader' or r.rolsuper
				        or exists (select 1 from information_schema.role_table_grants g
				                    where g.grantee = r.rolname
				                      and (g.table_name <> 'sellout_lines' or g.privilege_type <> 'INSERT')))""")
			.query(String.class)
			.list();
		if (!wideRoles.isEmpty()) {
			throw new IllegalStateException(("The database role used by the application may switch to %s, which "
					+ "bypass(es) row-level security; only a '<role>_loader' role with INSERT on sellout_lines alone is "
					+ "allowed")
				.formatted(wideRoles));
		}
		if (facts.bypasses() || facts.ownedTables() > 0) {
			throw new IllegalStateException(("The database role '%s' used by the application owns %d table(s) or "
					+ "bypasses row-level security. Run the application as a plain role (spring.datasource.username) "
					+ "and the migrations as the schema owner (spring.flyway.user).")
				.formatted(facts.name(), facts.ownedTables()));
		}
	}

	record RoleFacts(String name, boolean bypasses, long ownedTables) {
	}

}
