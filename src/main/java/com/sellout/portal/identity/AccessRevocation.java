package com.sellout.portal.identity;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.DistributorDeactivated;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's access at once, on every node: deactivating them or their distributor,
 * another role, distributor or login, a new password. The change raises
 * {@code users.access_version} in its own transaction; every web session, FTP login and
 * 1C exchange session carries the version it began with and is refused on its next
 * request once the row says otherwise (or the person or their distributor is inactive).
 * The check reads the shared row, so it holds on any node with no message between nodes,
 * covers a login that raced with the change, and cannot be undone by a node that writes a
 * session back late. After the commit the person's stored web sessions are also deleted —
 * housekeeping only: the version check is what refuses them.
 */
@Service
public class AccessRevocation {

	private static final Logger log = LoggerFactory.getLogger(AccessRevocation.class);

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	AccessRevocation(JdbcClient jdbc, ScopedTransactions transactions,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sessions = sessions;
	}

	/**
	 * Whether the access this user was granted (at login, checkauth, FTP login) has ended
	 * since.
	 */
	public boolean isRevoked(CurrentUser user) {
		return currentVersion(user.id()).map(version -> version != user.accessVersion()).orElse(true);
	}

	/**
	 * The login of a user whose access granted at {@code accessVersion} for
	 * {@code distributorId} still holds (a 1C exchange session): empty when the user, its
	 * distributor or that version has ended since, or the user no longer belongs to that
	 * distributor.
	 */
	public Optional<String> grantedLogin(long userId, long distributorId, int accessVersion) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("""
						select u.login from users u join distributor_directory d on d.id = u.distributor_id
						 where u.id = ? and u.distributor_id = ? and u.access_version = ? and u.active and d.active""")
					.params(userId, distributorId, accessVersion)
					.query(String.class)
					.optional());
	}

	/**
	 * The session that made a change of its own user's access (their own new password)
	 * goes on: its user as of the current version, for the caller to store in the
	 * session.
	 */
	public CurrentUser keptFor(CurrentUser user) {
		return user.withAccessVersion(currentVersion(user.id()).orElse(user.accessVersion()));
	}

	/**
	 * The version of an active user of an active distributor (empty when either is
	 * inactive).
	 */
	private Optional<Integer> currentVersion(long userId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select u.access_version from users u left join distributor_directory d on d.id = u.distributor_id
				 where u.id = ? and u.active and (d.id is null or d.active)""")
			.param(userId)
			.query(Integer.class)
			.optional());
	}

	/**
	 * Ends every access of the user, in the caller's transaction; answers the new
	 * version.
	 */
	int revoke(long userId) {
		Revoked revoked = jdbc
			.sql("update users set access_version = access_version + 1 where id = ? returning login, access_version")
			.param(userId)
			.query(Revoked.class)
			.single();
		deleteSessionsAfterCommit(List.of(revoked.login()));
		return revoked.accessVersion();
	}

	private record Revoked(String login, int accessVersion) {
	}

	/**
	 * Ends every access of a person who leaves — deactivated, or their distributor — and
	 * revokes the secrets they gave tools (BI keys, personal API tokens), in the caller's
	 * transaction: those stay refused if the person comes back, who then issues new ones.
	 * A new password, role or login keeps them (they act with the owner's scope of the
	 * moment).
	 */
	void revokeWithSecrets(long userId) {
		revoke(userId);
		revokeSecrets("user_id = ?", userId);
	}

	private void revokeSecrets(String whichUsers, long id) {
		for (String table : List.of("bi_keys", "personal_tokens")) {
			jdbc.sql("update " + table + " set revoked_at = now() where revoked_at is null and " + whichUsers)
				.param(id)
				.update();
		}
	}

	/**
	 * A deactivated distributor's people lose their access with it, and keep it lost if
	 * it comes back: their BI keys and personal tokens are revoked too.
	 */
	@EventListener
	void on(DistributorDeactivated deactivated) {
		List<String> logins = jdbc
			.sql("update users set access_version = access_version + 1 where distributor_id = ? returning login")
			.param(deactivated.distributorId())
			.query(String.class)
			.list();
		revokeSecrets("user_id in (select id from users where distributor_id = ?)", deactivated.distributorId());
		deleteSessionsAfterCommit(logins);
	}

	private void deleteSessionsAfterCommit(List<String> logins) {
		String current = currentSessionId();
		Runnable delete = () -> deleteSessions(logins, current);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delete.run();
				}
			});
		}
		else {
			delete.run();
		}
	}

	private void deleteSessions(List<String> logins, String keep) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		for (String login : logins) {
			try {
				repository.findByPrincipalName(login)
					.keySet()
					.stream()
					.filter(id -> !id.equals(keep))
					.forEach(repository::deleteById);
			}
			catch (RuntimeException ex) {
				// the version check refuses them anyway; they expire with their timeout
				log.warn("Could not delete the web sessions of {}: {}", login, ex.toString());
			}
		}
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
