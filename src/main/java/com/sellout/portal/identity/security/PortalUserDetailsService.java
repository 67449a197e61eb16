package com.sellout.portal.identity.security;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds a user by login before anyone is logged in, so it looks in the all-distributors
 * scope. A user of a deactivated distributor cannot log in.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Distributors distributors;

	private final ScopedTransactions scopedTransactions;

	PortalUserDetailsService(JdbcClient jdbc, Distributors distributors, ScopedTransactions scopedTransactions) {
		this.jdbc = jdbc;
		this.distributors = distributors;
		this.scopedTransactions = scopedTransactions;
	}

	@Override
	public CurrentUser loadUserByUsername(String login) {
		return scopedTransactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> load(login));
	}

	private CurrentUser load(String login) {
		UserRow row = jdbc.sql("""
				select id, login, name, role, distributor_id, language, active, access_version, password_hash
				  from users where lower(login) = lower(:login)""")
			.param("login", login == null ? "" : login.strip())
			.query(UserRow.class)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such login"));
		Distributor distributor = row.distributorId() == null ? null : distributors.get(row.distributorId());
		boolean enabled = row.active() && (distributor == null || distributor.active());
		return new CurrentUser(row.id(), row.login(), row.name(), Role.valueOf(row.role()), row.distributorId(),
				distributor == null ? null : distributor.code(), distributor == null ? null : distributor.name(),
				row.language(), enabled, row.accessVersion(), row.passwordHash());
	}

	record UserRow(long id, String login, String name, String role, Long distributorId, String language, boolean active,
			int accessVersion, String passwordHash) {
	}

}
