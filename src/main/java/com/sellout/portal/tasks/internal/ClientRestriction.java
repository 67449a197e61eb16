package com.sellout.portal.tasks.internal;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.clients.ManagerScopes;

import org.springframework.stereotype.Component;

/**
 * A distributor's manager restricted to some clients sees the interactions with those
 * clients only; everyone else every interaction of their scope.
 */
@Component
class ClientRestriction {

	private final ManagerScopes managers;

	ClientRestriction(ManagerScopes managers) {
		this.managers = managers;
	}

	/** The client ids the caller is restricted to, or empty when not restricted. */
	Optional<List<Long>> clients() {
		return managers.restrictionOfCurrentUser();
	}

}
