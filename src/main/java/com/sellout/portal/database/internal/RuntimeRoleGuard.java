package com.sellout.portal.database.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start when the runtime connections could escape row-level security: their role must
 * own no table (owners can switch policies off) and have neither SUPERUSER nor BYPASSRLS.
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
		if (facts.bypasses() || facts.ownedTables() > 0) {
			throw new IllegalStateException(("The database role '%s' used by the application owns %d table(s) or "
					+ "bypasses row-level security. Run the application as a plain role (spring.datasource.username) "
					+ "and the migrations as the schema owner (spring.flyway.user).").formatted(facts.name(),
							facts.ownedTables()));
		}
	}

	record RoleFacts(String name, boolean bypasses, long ownedTables) {
	}

}
