package com.sellout.portal.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users (employees) of the manufacturer and of distributors. The manufacturer's
 * administrator manages everyone; a distributor's administrator only the users of its own
 * distributor, and only with distributor roles. Queries are limited to the scope here and
 * by row-level security.
 */
@Service
public class UserAccounts {

	public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

	private static final Set<String> SORTABLE = Set.of("login", "name", "email", "role", "active", "updated_at");

	private static final String COLUMNS = "id, login, name, email, phone, role, distributor_id, language, active, created_at, updated_at";

	private static final String SCOPED = "(:all or distributor_id = :own)";

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final Distributors distributors;

	private final AuditLog auditLog;

	private final ScopedTransactions scopedTransactions;

	private final AccessRevocation access;

	private final TemporaryPasswords temporaries;

	private final SecureRandom random = new SecureRandom();

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Distributors distributors, AuditLog auditLog,
			ScopedTransactions scopedTransactions, AccessRevocation access, TemporaryPasswords temporaries) {
		this.temporaries = temporaries;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.distributors = distributors;
		this.auditLog = auditLog;
		this.scopedTransactions = scopedTransactions;
		this.access = access;
	}

	/** Filters of the employees list; any may be null. */
	public record UserFilter(Long distributorId, Role role, Boolean active) {
	}

	@Transactional(readOnly = true)
	public PageSlice<UserAccount> find(UserFilter filter, ListQuery query) {
		String where = " where " + SCOPED
				+ """
						and (cast(:distributor as bigint) is null or distributor_id = :distributor)
						and (cast(:role as text) is null or role = :role)
						and (cast(:active as boolean) is null or active = :active)
						and (cast(:search as text) is null or lower(login || ' ' || name || ' ' || coalesce(email, '')) like :search)""";
		DataScope scope = DataScopes.current();
		var count = jdbc.sql("select count(*) from users" + where);
		var rows = jdbc.sql("select " + COLUMNS + " from users" + where + " order by " + query.sortOr(SORTABLE, "login")
				+ " " + query.direction() + ", id limit :limit offset :offset");
		for (var spec : List.of(count, rows)) {
			spec.param("all", scope.allDistributors())
				.param("own", scope.distributorId())
				.param("distributor", filter.distributorId())
				.param("role", filter.role() == null ? null : filter.role().name())
				.param("active", filter.active())
				.param("search", query.likePattern());
		}
		long total = count.query(Long.class).single();
		List<UserAccount> items = rows.param("limit", query.size())
			.param("offset", query.offset())
			.query(UserAccount.class)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> find(long id) {
		DataScope scope = DataScopes.current();
		return jdbc.sql("select " + COLUMNS + " from users where id = :id and " + SCOPED)
			.param("id", id)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(UserAccount.class)
			.optional();
	}

	/**
	 * The user of a login (as a report's or a delivery's {@code received_by} names it),
	 * in the caller's scope.
	 */
	@Transactional(readOnly = true)
	public Optional<UserAccount> findByLogin(String login) {
		DataScope scope = DataScopes.current();
		return jdbc.sql("select " + COLUMNS + " from users where lower(login) = lower(:login) and " + SCOPED)
			.param("login", login)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(UserAccount.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Creates a user. Returns the generated password when the form gave none (shown
	 * once).
	 */
	@Transactional
	public Created create(UserForm form) {
		CurrentUser actor = requireUserManager();
		Long distributorId = checkBinding(actor, form.role(), form.distributorId());
		if (loginTaken(form.login(), null)) {
			throw new UserRuleViolation("login", "user.login.taken");
		}
		String password = form.password();
		String generated = null;
		if (password == null) {
			generated = generatePassword();
			password = generated;
		}
		checkPassword("password", password, form.login(), form.name(), form.email());
		long id = jdbc.sql("""
				insert into users (login, password_hash, name, email, phone, role, distributor_id)
				values (:login, :hash, :name, :email, :phone, :role, :distributor) returning id""")
			.param("login", form.login())
			.param("hash", passwordEncoder.encode(password))
			.param("name", form.name())
			.param("email", form.email())
			.param("phone", form.phone())
			.param("role", form.role().name())
			.param("distributor", distributorId)
			.query(Long.class)
			.single();
		temporaries.mark(id, form.role());
		auditLog.record(AuditAction.USER_CREATED, "user", id, distributorId, form.login() + " " + form.role());
		return new Created(get(id), generated);
	}

	/**
	 * Every rule the form breaks for creating a user ({@code id} null) or changing one —
	 * the distributor a role needs, the login taken, the password refused — so that a
	 * form reports them all at once; {@link #create} and {@link #update} check them
	 * again.
	 */
	@Transactional(readOnly = true)
	public List<UserRuleViolation> problems(UserForm form, Long id) {
		CurrentUser actor = requireUserManager();
		List<UserRuleViolation> found = new ArrayList<>();
		if (form.role() != null) {
			try {
				checkBinding(actor, form.role(), form.distributorId());
			}
			catch (UserRuleViolation violation) {
				found.add(violation);
			}
		}
		if (form.login() != null && !form.login().isBlank() && loginTaken(form.login(), id)) {
			found.add(new UserRuleViolation("login", "user.login.taken"));
		}
		if (id == null && form.password() != null) {
			try {
				checkPassword("password", form.password(), form.login(), form.name(), form.email());
			}
			catch (UserRuleViolation violation) {
				found.add(violation);
			}
		}
		return found;
	}

	/** A created user and, when the password was generated, that password. */
	public record Created(UserAccount user, String generatedPassword) {
	}

	@Transactional
	public UserAccount update(long id, UserForm form) {
		CurrentUser actor = requireUserManager();
		UserAccount before = get(id);
		Long distributorId = checkBinding(actor, form.role(), form.distributorId());
		if (actor.id() == id && form.role() != before.role()) {
			throw new UserRuleViolation("role", "user.role.ownChange");
		}
		if (loginTaken(form.login(), id)) {
			throw new UserRuleViolation("login", "user.login.taken");
		}
		jdbc.sql("""
				update users set login = :login, name = :name, email = :email, phone = :phone, role = :role,
				       distributor_id = :distributor, updated_at = now() where id = :id""")
			.param("login", form.login())
			.param("name", form.name())
			.param("email", form.email())
			.param("phone", form.phone())
			.param("role", form.role().name())
			.param("distributor", distributorId)
			.param("id", id)
			.update();
		if (form.role() != before.role() || !Objects.equals(distributorId, before.distributorId())
				|| !form.login().equals(before.login())) {
			// what the person may see has changed: they sign in again under what they are
			// now
			access.revoke(id);
		}
		auditLog.record(AuditAction.USER_CHANGED, "user", id, distributorId, before.login() + ": " + before.role() + "/"
				+ before.distributorId() + " → " + form.role() + "/" + distributorId);
		return get(id);
	}

	@Transactional
	public void setActive(long id, boolean active) {
		CurrentUser actor = requireUserManager();
		UserAccount user = get(id);
		if (actor.id() == id && !active) {
			throw new UserRuleViolation("active", "user.deactivate.self");
		}
		jdbc.sql("update users set active = :active, updated_at = now() where id = :id")
			.param("active", active)
			.param("id", id)
			.update();
		if (!active) {
			// their keys and tokens too: a person who comes back issues new ones
			access.revokeWithSecrets(id);
		}
		auditLog.record(active ? AuditAction.USER_ACTIVATED : AuditAction.USER_DEACTIVATED, "user", id,
				user.distributorId(), user.login());
	}

	/** Gives the user a new generated password and returns it, to be handed over once. */
	@Transactional
	public String resetPassword(long id) {
		requireUserManager();
		UserAccount user = get(id);
		String password = generatePassword();
		storePassword(id, password);
		temporaries.mark(id, user.role());
		auditLog.record(AuditAction.PASSWORD_RESET, "user", id, user.distributorId(), user.login());
		return password;
	}

	/**
	 * The current user changes their own password, proving they know the current one.
	 * Their other sessions end; the caller keeps this one (see
	 * {@link AccessRevocation#keptFor}).
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		String hash = jdbc.sql("select password_hash from users where id = :id")
			.param("id", me.id())
			.query(String.class)
			.single();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
			throw new UserRuleViolation("currentPassword", "profile.password.wrong");
		}
		UserAccount account = get(me.id());
		checkPassword("newPassword", newPassword, me.login(), account.name(), account.email());
		storePassword(me.id(), newPassword);
		temporaries.clear(me.id());
		auditLog.record(AuditAction.PASSWORD_CHANGED, "user", me.id(), me.distributorId(), me.login());
	}

	/**
	 * The current user, logged in with a temporary password, chooses their own (they gave
	 * the temporary one at this login). Their other sessions end; the caller keeps this
	 * one.
	 * @throws UserRuleViolation when the password breaks a rule or is the temporary one
	 */
	@Transactional
	public void replaceTemporaryPassword(String newPassword) {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!temporaries.isTemporary(me.id())) {
			throw new AccessDeniedException("The password is the person's own: changed with the current one");
		}
		UserAccount account = get(me.id());
		checkPassword("newPassword", newPassword, me.login(), account.name(), account.email());
		String hash = jdbc.sql("select password_hash from users where id = :id")
			.param("id", me.id())
			.query(String.class)
			.single();
		if (passwordEncoder.matches(newPassword, hash)) {
			throw new UserRuleViolation("newPassword", "password.rule.temporary");
		}
		storePassword(me.id(), newPassword);
		temporaries.clear(me.id());
		auditLog.record(AuditAction.PASSWORD_CHANGED, "user", me.id(), me.distributorId(),
				me.login() + ": own password instead of the temporary one");
	}

	/** The current user edits their own contact details and language. */
	@Transactional
	public UserAccount updateProfile(String name, String email, String phone, String language) {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		jdbc.sql(
				"update users set name = :name, email = :email, phone = :phone, language = :language, updated_at = now() where id = :id")
			.param("name", name)
			.param("email", email)
			.param("phone", phone)
			.param("language", language)
			.param("id", me.id())
			.update();
		auditLog.record(AuditAction.USER_CHANGED, "user", me.id(), me.distributorId(), me.login() + ": profile");
		return get(me.id());
	}

	/**
	 * The person's own language, chosen by them (on any page, or on the login page before
	 * the login, when no scope is set yet): by their id, so in the all-distributors
	 * scope.
	 */
	public void changeLanguage(long userId, String language) {
		scopedTransactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("update users set language = :language where id = :id and language <> :language")
					.param("language", language)
					.param("id", userId)
					.update());
	}

	/**
	 * Logins are unique across all distributors, so this looks beyond the caller's scope.
	 */
	public boolean loginTaken(String login, Long exceptId) {
		return scopedTransactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
			.sql("select count(*) from users where lower(login) = lower(:login) and id <> coalesce(:except, -1)")
			.param("login", login)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0);
	}

	/**
	 * Used by the demo data and first-run set-up: stores a user as given, with a hashed
	 * password.
	 */
	@Transactional
	public long register(String login, String password, String name, String email, Role role, Long distributorId) {
		return jdbc.sql("""
				insert into users (login, password_hash, name, email, role, distributor_id)
				values (:login, :hash, :name, :email, :role, :distributor) returning id""")
			.param("login", login)
			.param("hash", passwordEncoder.encode(password))
			.param("name", name)
			.param("email", email)
			.param("role", role.name())
			.param("distributor", distributorId)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from users").query(Long.class).single();
	}

	private CurrentUser requireUserManager() {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!actor.canManageUsers()) {
			throw new AccessDeniedException("Only administrators manage users");
		}
		return actor;
	}

	/** Which distributor the user will belong to, by the role and by who is asking. */
	private Long checkBinding(CurrentUser actor, Role role, Long distributorId) {
		if (!actor.isManufacturer()) {
			if (role.isManufacturer()) {
				throw new UserRuleViolation("role", "user.role.notAllowed");
			}
			return actor.distributorId();
		}
		if (role.isManufacturer()) {
			return null;
		}
		if (distributorId == null || distributors.find(distributorId).isEmpty()) {
			throw new UserRuleViolation("distributorId", "user.distributor.required");
		}
		return distributorId;
	}

	private void checkPassword(String field, String password, String... personal) {
		PasswordRules.check(field, password, personal);
	}

	/** A new password ends every access granted with the old one. */
	private void storePassword(long id, String password) {
		jdbc.sql("update users set password_hash = :hash, updated_at = now() where id = :id")
			.param("hash", passwordEncoder.encode(password))
			.param("id", id)
			.update();
		access.revoke(id);
	}

	private String generatePassword() {
		StringBuilder password = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

}
