package com.sellout.portal.conversations.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.conversations.Side;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.ListQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who follows a thread — is told of its new messages and has a reply address of their
 * own: those who wrote in it, those added, and by default the distributor's
 * administrators and, on the manufacturer's side, the distributor's responsible manager
 * (or, when it has none, the manufacturer's administrators).
 */
@Component
public class Followers {

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final ScopedTransactions transactions;

	Followers(JdbcClient jdbc, UserAccounts users, ScopedTransactions transactions) {
		this.jdbc = jdbc;
		this.users = users;
		this.transactions = transactions;
	}

	/** A follower's reply address: whose it is and on which thread. */
	public record ReplyAddress(long threadId, long userId, long distributorId) {
	}

	public void add(long threadId, long distributorId, UserAccount user) {
		add(threadId, distributorId, user.id(), displayName(user), sideOf(user.role()));
	}

	public void add(long threadId, long distributorId, long userId, String name, Side side) {
		jdbc.sql("""
				insert into conversation_followers (thread_id, user_id, distributor_id, name, side)
				values (?, ?, ?, ?, ?) on conflict (thread_id, user_id) do nothing""")
			.params(threadId, userId, distributorId, name, side.name())
			.update();
	}

	public boolean remove(long threadId, long userId) {
		return jdbc.sql("delete from conversation_followers where thread_id = ? and user_id = ?")
			.params(threadId, userId)
			.update() > 0;
	}

	/** The default followers of a new thread with this distributor. */
	public void addDefaults(long threadId, Distributor distributor) {
		for (UserAccount admin : active(distributor.id(), Role.DISTRIBUTOR_ADMIN)) {
			add(threadId, distributor.id(), admin);
		}
		// the manufacturer's people are outside a distributor's scope: looked up apart
		List<UserAccount> manufacturer = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			if (distributor.responsibleUserId() != null) {
				Optional<UserAccount> responsible = users.find(distributor.responsibleUserId())
					.filter(UserAccount::active);
				if (responsible.isPresent()) {
					return List.of(responsible.get());
				}
			}
			return active(null, Role.ADMIN);
		});
		for (UserAccount person : manufacturer) {
			add(threadId, distributor.id(), person);
		}
	}

	/** Whom a thread's follower may be: the people of either side the caller can see. */
	public List<UserAccount> candidates(long distributorId, boolean manufacturer) {
		Set<UserAccount> people = new LinkedHashSet<>();
		people.addAll(active(distributorId, Role.DISTRIBUTOR_ADMIN));
		people.addAll(active(distributorId, Role.DISTRIBUTOR_MANAGER));
		if (manufacturer) {
			people.addAll(active(null, Role.ADMIN));
			people.addAll(active(null, Role.ANALYST));
		}
		return new ArrayList<>(people);
	}

	/** Whose live reply address the token is, looked up across distributors. */
	public Optional<ReplyAddress> byToken(String token) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("select thread_id, user_id, distributor_id from conversation_followers where reply_token = ?")
					.param(token)
					.query(ReplyAddress.class)
					.optional());
	}

	/** The followers of a thread with their reply tokens (all-distributors scope). */
	public record Recipient(long userId, String replyToken) {
	}

	public List<Recipient> recipients(long threadId) {
		return jdbc.sql("select user_id, reply_token from conversation_followers where thread_id = ? order by user_id")
			.param(threadId)
			.query(Recipient.class)
			.list();
	}

	private List<UserAccount> active(Long distributorId, Role role) {
		return users
			.find(new UserAccounts.UserFilter(distributorId, role, true),
					new ListQuery(null, "login", false, 0, ListQuery.MAX_SIZE))
			.items();
	}

	public static Side sideOf(Role role) {
		return role.isManufacturer() ? Side.MANUFACTURER : Side.DISTRIBUTOR;
	}

	public static String displayName(UserAccount user) {
		return user.name() == null || user.name().isBlank() ? user.login() : user.name();
	}

}
