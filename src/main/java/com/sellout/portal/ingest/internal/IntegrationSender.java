package com.sellout.portal.ingest.internal;

import com.sellout.portal.identity.CurrentUser;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The integration account a channel authenticated (an FTP login, a recognised e-mail
 * sender), loaded afresh so that a deactivated or changed account is seen at once. The
 * account is handed on explicitly, as the sell-out door's sender: nothing here sets the
 * thread's security context or data scope.
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

}
