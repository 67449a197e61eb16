package com.sellout.portal.identity.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.Browsers;
import com.sellout.portal.shared.NotFoundException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A person's web sessions in {@code web_sessions}: listed on their profile and over the
 * API, ended by them or by an administrator. Ending marks the shared row; the session is
 * refused at its next request on whichever node it arrives ({@link SessionRecording}).
 * Every query names the person: a handle of anyone else's session is as unknown as a
 * missing one.
 */
@Service
public class WebSessions {

	/** The session attribute holding the session's handle (a UUID as text). */
	public static final String HANDLE = WebSessions.class.getName() + ".handle";

	/**
	 * Still stored by Spring Session, not idle-expired, not ended, within the absolute
	 * lifetime.
	 */
	static final String ACTIVE = """
			w.ended_at is null and w.started_at > now() - :life * interval '1 second'
			 and exists (select 1 from spring_session s where s.primary_id = w.session_primary_id
			              and s.expiry_time > (extract(epoch from clock_timestamp()) * 1000)::bigint)""";

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final AuditLog auditLog;

	private final SessionSettings settings;

	WebSessions(JdbcClient jdbc, UserAccounts users, AuditLog auditLog, SessionSettings settings) {
		this.jdbc = jdbc;
		this.users = users;
		this.auditLog = auditLog;
		this.settings = settings;
	}

	/** Why a session ended, as the audit log says it. */
	enum EndReason {

		SELF("self"), ADMIN("administrator"), LIFETIME("absolute lifetime"), REPLACED("another login");

		private final String said;

		EndReason(String said) {
			this.said = said;
		}

	}

	/** The caller's active web sessions, the one in use first, then by last use. */
	@Transactional(readOnly = true)
	public List<WebSession> mine() {
		CurrentUser me = person();
		UUID current = currentHandle().orElse(null);
		return jdbc
			.sql("select w.handle, w.started_at, w.last_seen_at, w.address, w.user_agent from web_sessions w"
					+ " where w.user_id = :user and " + ACTIVE + " order by w.last_seen_at desc, w.started_at desc")
			.param("user", me.id())
			.param("life", settings.absoluteLifetime().toSeconds())
			.query((rs, n) -> {
				UUID handle = rs.getObject("handle", UUID.class);
				return new WebSession(handle, rs.getObject("started_at", OffsetDateTime.class),
						rs.getObject("last_seen_at", OffsetDateTime.class), rs.getString("address"),
						Browsers.describe(rs.getString("user_agent")), handle.equals(current));
			})
			.list()
			.stream()
			.sorted((a, b) -> Boolean.compare(b.current(), a.current()))
			.toList();
	}

	/**
	 * Ends one of the caller's own active sessions (the current one too: the caller then
	 * logs it out).
	 */
	@Transactional
	public void endMine(UUID handle) {
		CurrentUser me = person();
		if (end(me.id(), handle, null, me.login(), me.distributorId(), EndReason.SELF) == 0) {
			throw new NotFoundException();
		}
	}

	/**
	 * «Выйти на всех устройствах»: ends every active session of the caller but the one
	 * asking, which goes on.
	 */
	@Transactional
	public int endMyOthers() {
		CurrentUser me = person();
		return end(me.id(), null, currentHandle().orElse(null), me.login(), me.distributorId(), EndReason.SELF);
	}

	/**
	 * An administrator ends every web session of a person they manage (the manufacturer's
	 * admin anyone's, a distributor's admin their own people's: the user must be visible
	 * in the caller's scope). Their own current session, if it is among them, goes on.
	 */
	@Transactional
	public int endAllOf(long userId) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!actor.canManageUsers()) {
			throw new AccessDeniedException("Only administrators end other people's sessions");
		}
		UserAccount user = users.get(userId);
		return end(user.id(), null, currentHandle().orElse(null), user.login(), user.distributorId(), EndReason.ADMIN);
	}

	/**
	 * Marks the active sessions of the user ended — the one handle given, or all but
	 * {@code keep} — and audits each with its address and browser.
	 */
	int end(long userId, @Nullable UUID only, @Nullable UUID keep, String login, @Nullable Long distributorId,
			EndReason reason) {
		String by = CurrentUser.get().map(CurrentUser::login).orElse(login);
		List<Ended> ended = jdbc
			.sql("update web_sessions w set ended_at = now(), ended_by = :by, end_reason = :reason"
					+ " where w.user_id = :user and (cast(:only as uuid) is null or w.handle = :only)"
					+ " and (cast(:keep as uuid) is null or w.handle <> :keep) and " + ACTIVE
					+ " returning w.address, w.user_agent")
			.param("by", by)
			.param("reason", reason.name())
			.param("user", userId)
			.param("only", only)
			.param("keep", keep)
			.param("life", settings.absoluteLifetime().toSeconds())
			.query(Ended.class)
			.list();
		for (Ended session : ended) {
			audit(userId, login, distributorId, session.address(), session.userAgent(), reason, by);
		}
		return ended.size();
	}

	void audit(long userId, String login, @Nullable Long distributorId, @Nullable String address,
			@Nullable String userAgent, EndReason reason, String by) {
		String browser = Browsers.describe(userAgent);
		auditLog.record(AuditAction.SESSION_ENDED, by, "user", userId, distributorId,
				login + ": " + (address == null ? "—" : address) + ", " + (browser == null ? "—" : browser)
						+ "; ended by " + reason.said + (reason == EndReason.ADMIN ? " " + by : ""));
	}

	private record Ended(@Nullable String address, @Nullable String userAgent) {
	}

	/** The handle the page or API names a session by; anything else is unknown (404). */
	public static UUID handleOf(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

	/** The handle of the current request's web session, if it has been recorded. */
	public static Optional<UUID> currentHandle() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null) {
				return handleIn(session);
			}
		}
		return Optional.empty();
	}

	static Optional<UUID> handleIn(HttpSession session) {
		try {
			return session.getAttribute(HANDLE) instanceof String text ? Optional.of(UUID.fromString(text))
					: Optional.empty();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return Optional.empty();
		}
	}

	private static CurrentUser person() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
	}

}
