package com.sellout.portal.ingest.internal;

import java.util.function.Supplier;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a channel's work as the integration account that delivered: its data scope, and its
 * identity for the pipeline (who received the file, snapshot or incremental delivery).
 */
@Component
public class IntegrationSender {

	private final UserDetailsService users;

	IntegrationSender(UserDetailsService users) {
		this.users = users;
	}

	public CurrentUser load(String login) {
		return (CurrentUser) users.loadUserByUsername(login);
	}

	public <T> T callAs(CurrentUser account, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try (DataScopes.Opened scope = DataScopes.open(account.scope())) {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
