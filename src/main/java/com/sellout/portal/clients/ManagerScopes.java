package com.sellout.portal.clients;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.InvalidFieldsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricting a distributor's manager to chosen clients: done by the manufacturer's
 * administrator or by that distributor's administrator. A restricted manager sees only
 * the chosen clients; an unrestricted one all of the distributor's.
 */
@Service
public class ManagerScopes {

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final AuditLog auditLog;

	ManagerScopes(JdbcClient jdbc, UserAccounts users, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.users = users;
		this.auditLog = auditLog;
	}

	/**
	 * The manager's clients when restricted; empty when the manager sees all the
	 * distributor's clients.
	 */
	@Transactional(readOnly = true)
	public Optional<List<Long>> restriction(long userId) {
		UserAccount manager = manager(userId);
		List<Long> rows = jdbc.sql("select coalesce(client_id, 0) from manager_client_scopes where user_id = ?")
			.param(manager.id())
			.query(Long.class)
			.list();
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.stream().filter(id -> id != 0).toList());
	}

	/**
	 * The clients the signed-in person is restricted to: empty unless they are a
	 * distributor's manager with a restriction.
	 */
	@Transactional(readOnly = true)
	public Optional<List<Long>> restrictionOfCurrentUser() {
		return CurrentUser.get()
			.filter(user -> user.role() == Role.DISTRIBUTOR_MANAGER)
			.flatMap(user -> restriction(user.id()));
	}

	/**
	 * The ИНН of the clients a user is restricted to, for figures kept by ИНН
	 * (analytics); empty when the user is no restricted manager. A restriction to no
	 * client is an empty list: nothing to see.
	 */
	@Transactional(readOnly = true)
	public Optional<List<String>> restrictedInns(long userId) {
		List<String> rows = jdbc.sql("""
				select coalesce(c.inn, '') from manager_client_scopes s left join clients c on c.id = s.client_id
				 where s.user_id = ?""").param(userId).query(String.class).list();
		return rows.isEmpty() ? Optional.empty()
				: Optional.of(rows.stream().filter(inn -> !inn.isEmpty()).distinct().toList());
	}

	/** Restricts the manager to exactly these clients (all must be the distributor's). */
	@Transactional
	public void restrict(long userId, List<Long> clientIds) {
		UserAccount manager = requireAdminOf(userId);
		List<Long> wanted = clientIds.stream().distinct().toList();
		long assigned = jdbc
			.sql("select count(*) from client_assignments where distributor_id = ? and client_id = any(?)")
			.params(manager.distributorId(), wanted.toArray(Long[]::new))
			.query(Long.class)
			.single();
		if (assigned != wanted.size()) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("clients", "scope.clients.notYours")));
		}
		jdbc.sql("delete from manager_client_scopes where user_id = ?").param(userId).update();
		jdbc.sql("insert into manager_client_scopes (user_id, distributor_id, client_id) values (?, ?, null)")
			.params(userId, manager.distributorId())
			.update();
		for (Long clientId : wanted) {
			jdbc.sql("insert into manager_client_scopes (user_id, distributor_id, client_id) values (?, ?, ?)")
				.params(userId, manager.distributorId(), clientId)
				.update();
		}
		auditLog.record(AuditAction.MANAGER_SCOPE_CHANGED, "user", userId, manager.distributorId(),
				manager.login() + ": " + wanted.size() + " clients");
	}

	/** The manager sees all the distributor's clients again. */
	@Transactional
	public void lift(long userId) {
		UserAccount manager = requireAdminOf(userId);
		jdbc.sql("delete from manager_client_scopes where user_id = ?").param(userId).update();
		auditLog.record(AuditAction.MANAGER_SCOPE_CHANGED, "user", userId, manager.distributorId(),
				manager.login() + ": all clients");
	}

	private UserAccount requireAdminOf(long userId) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (actor.role() != Role.ADMIN && actor.role() != Role.DISTRIBUTOR_ADMIN) {
			throw new AccessDeniedException("Only administrators restrict managers");
		}
		return manager(userId);
	}

	private UserAccount manager(long userId) {
		UserAccount user = users.get(userId);
		if (user.role() != Role.DISTRIBUTOR_MANAGER) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("user", "scope.notManager")));
		}
		return user;
	}

}
