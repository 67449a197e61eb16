package com.sellout.portal.calendar.reminders;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.ListQuery;

import org.springframework.stereotype.Component;

/**
 * Who a reminder goes to: the distributor's active people (not its integration accounts)
 * with an e-mail address who keep reminders on; an escalation to the distributor's
 * responsible manager, when that is an active manufacturer user with an address who keeps
 * escalations on. Read in the system's all-distributors scope.
 */
@Component
class ReminderRecipients {

	/** A person a reminder goes to, with their language and choice. */
	record Recipient(long userId, String name, String email, String language, ReminderChoice choice) {
	}

	private final UserAccounts users;

	private final Distributors distributors;

	private final ReminderChoices choices;

	ReminderRecipients(UserAccounts users, Distributors distributors, ReminderChoices choices) {
		this.users = users;
		this.distributors = distributors;
		this.choices = choices;
	}

	List<Recipient> ofDistributor(long distributorId) {
		return users
			.find(new UserAccounts.UserFilter(distributorId, null, true),
					new ListQuery(null, "login", false, 0, ListQuery.MAX_SIZE))
			.items()
			.stream()
			.filter(user -> user.role() == Role.DISTRIBUTOR_ADMIN || user.role() == Role.DISTRIBUTOR_MANAGER)
			.filter(ReminderRecipients::reachable)
			.map(this::recipient)
			.filter(recipient -> recipient.choice().reminders())
			.toList();
	}

	Optional<Recipient> responsibleManager(long distributorId) {
		return distributors.find(distributorId)
			.map(Distributor::responsibleUserId)
			.flatMap(users::find)
			.filter(user -> user.role().isManufacturer())
			.filter(ReminderRecipients::reachable)
			.map(this::recipient)
			.filter(recipient -> recipient.choice().escalations());
	}

	private static boolean reachable(UserAccount user) {
		return user.active() && user.email() != null && !user.email().isBlank();
	}

	private Recipient recipient(UserAccount user) {
		return new Recipient(user.id(), user.name(), user.email(), user.language() == null ? "ru" : user.language(),
				choices.of(user.id()));
	}

}
