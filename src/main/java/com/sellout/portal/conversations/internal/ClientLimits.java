package com.sellout.portal.conversations.internal;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A distributor's manager restricted to a list of clients sees the threads about those
 * clients (a client, a line of theirs) and the threads about no client; everyone else
 * sees every thread of their scope.
 */
@Component
public class ClientLimits {

	private final ManagerScopes managers;

	ClientLimits(ManagerScopes managers) {
		this.managers = managers;
	}

	/**
	 * The ИНН the caller is restricted to, or empty when the caller is not restricted.
	 */
	public Optional<List<String>> restriction() {
		return CurrentUser.get()
			.filter(user -> user.role() == Role.DISTRIBUTOR_MANAGER)
			.flatMap(user -> managers.restrictedInns(user.id()));
	}

	/**
	 * Whether this person may see a thread about this client (null: about no client) —
	 * for the mail and the followers of a thread, where the person is not the caller.
	 */
	public boolean maySee(UserAccount person, @Nullable String clientInn) {
		if (person.role() != Role.DISTRIBUTOR_MANAGER || clientInn == null) {
			return true;
		}
		return managers.restrictedInns(person.id()).map(inns -> inns.contains(clientInn)).orElse(true);
	}

	/** Whether the caller may see a thread about this client (null: about no client). */
	public boolean maySee(@Nullable String clientInn) {
		Optional<List<String>> inns = restriction();
		return inns.isEmpty() || clientInn == null || inns.get().contains(clientInn);
	}

}
