package com.sellout.portal.tasks.internal;

import java.util.List;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.UserAccounts.UserFilter;
import com.sellout.portal.shared.ListQuery;

import org.springframework.stereotype.Component;

/**
 * Who a task may be given to: the active people of the caller's own organisation — a
 * distributor's administrators and managers for its people, the manufacturer's
 * administrators and analysts for the manufacturer's. Never a system account, never the
 * other side.
 */
@Component
public class Assignees {

	private final UserAccounts users;

	Assignees(UserAccounts users) {
		this.users = users;
	}

	public List<UserAccount> of(CurrentUser me) {
		Long distributor = me.isManufacturer() ? null : me.distributorId();
		return users
			.find(new UserFilter(distributor, null, true), new ListQuery(null, "name", false, 0, ListQuery.MAX_SIZE))
			.items()
			.stream()
			.filter(user -> me.isManufacturer() ? user.distributorId() == null && user.role().isManufacturer()
					: distributor.equals(user.distributorId())
							&& (user.role() == Role.DISTRIBUTOR_ADMIN || user.role() == Role.DISTRIBUTOR_MANAGER))
			.toList();
	}

	public static String nameOf(UserAccount user) {
		return user.name() == null || user.name().isBlank() ? user.login() : user.name();
	}

}
