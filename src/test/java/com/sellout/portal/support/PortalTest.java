package com.sellout.portal.support;

import java.util.function.Supplier;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context most tests share: the whole portal on a random port with its
 * embedded PostgreSQL and the demo data (admin, analyst, alfa/beta/gamma .admin and
 * .manager, password demo).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@IntegrationTest
public abstract class PortalTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected ScopedTransactions transactions;

	protected PortalHttp browser() {
		return new PortalHttp("http://localhost:" + port);
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/**
	 * Reads as the system would, across all distributors: for checking what tests did.
	 */
	protected <T> T asSystem(Supplier<T> work) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, work);
	}

	@Autowired
	private UserDetailsService userDetails;

	/**
	 * Runs service calls as a logged-in user would: that user's principal and data scope.
	 */
	protected <T> T asUser(String login, Supplier<T> work) {
		CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(login);
		var context = SecurityContextHolder.getContext();
		var before = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return DataScopes.callAs(user.scope(), work);
		}
		finally {
			context.setAuthentication(before);
		}
	}

	protected long distributorId(String code) {
		return asSystem(
				() -> jdbc.sql("select id from distributors where code = ?").param(code).query(Long.class).single());
	}

	protected long userId(String login) {
		return asSystem(() -> jdbc.sql("select id from users where login = ?").param(login).query(Long.class).single());
	}

}
