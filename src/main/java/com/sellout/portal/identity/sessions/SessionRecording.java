package com.sellout.portal.identity.sessions;

import java.util.Optional;
import java.util.UUID;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.sessions.WebSessions.EndReason;
import com.sellout.portal.shared.IpAddresses;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the page chain asks of every authenticated request's session: record it the first
 * time (a row with a new handle, the handle kept in the session), note when it was last
 * seen (at most once a minute, so a busy page does not write a row per request), and say
 * whether it may go on — not when its row was ended on any node, or it outlived the
 * absolute lifetime. One look-up of the row by its key per request.
 * <p>
 * The row is keyed by the handle kept in the session and points at Spring Session's
 * primary id, both stable across {@code changeSessionId} at login and at the second
 * factor. A session whose handle names another person's row (a second login in the same
 * browser without logging out) gets a row of its own; the other is ended.
 */
@Service
public class SessionRecording {

	private static final Logger log = LoggerFactory.getLogger(SessionRecording.class);

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final WebSessions sessions;

	private final SessionSettings settings;

	SessionRecording(JdbcClient jdbc, ScopedTransactions transactions, WebSessions sessions, SessionSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sessions = sessions;
		this.settings = settings;
	}

	/**
	 * Records or checks the person's session; false when it must end now (the caller
	 * invalidates it).
	 */
	public boolean mayGoOn(CurrentUser user, HttpSession session, @Nullable String address,
			@Nullable String userAgent) {
		String agent = cut(userAgent, 512);
		String from = cut(IpAddresses.readable(address), 64);
		Optional<UUID> handle = WebSessions.handleIn(session);
		if (handle.isPresent()) {
			Seen seen = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> seen(handle.get(), user, from, agent));
			if (seen != Seen.ANOTHER_PERSON) {
				return seen == Seen.GOES_ON;
			}
		}
		transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> start(user, session.getId(), from, agent))
			.ifPresent(started -> {
				session.setAttribute(WebSessions.HANDLE, started.toString());
				session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
			});
		return true;
	}

	private enum Seen {

		GOES_ON, ENDED, ANOTHER_PERSON

	}

	private record Row(long userId, boolean ended, boolean tooOld, boolean stale, @Nullable String address,
			@Nullable String userAgent) {
	}

	private Seen seen(UUID handle, CurrentUser user, @Nullable String address, @Nullable String userAgent) {
		Row row = jdbc
			.sql("""
					select user_id, ended_at is not null as ended, started_at <= now() - :life * interval '1 second' as too_old,
					       last_seen_at < now() - interval '1 minute' as stale, address, user_agent
					  from web_sessions where handle = :handle""")
			.param("handle", handle)
			.param("life", settings.absoluteLifetime().toSeconds())
			.query(Row.class)
			.optional()
			.orElse(null);
		if (row == null || row.ended()) {
			// a row that is gone is as ended: the session is refused rather than trusted
			log.info("Session of {} refused: it was ended", user.login());
			return Seen.ENDED;
		}
		if (row.userId() != user.id()) {
			endReplaced(handle);
			return Seen.ANOTHER_PERSON;
		}
		if (row.tooOld()) {
			jdbc.sql("update web_sessions set ended_at = now(), ended_by = ?, end_reason = ? where handle = ?")
				.params(user.login(), EndReason.LIFETIME.name(), handle)
				.update();
			sessions.audit(user.id(), user.login(), user.distributorId(), row.address(), row.userAgent(),
					EndReason.LIFETIME, user.login());
			log.info("Session of {} ended: it reached its absolute lifetime", user.login());
			return Seen.ENDED;
		}
		if (row.stale()) {
			jdbc.sql("update web_sessions set last_seen_at = now(), address = ?, user_agent = ? where handle = ?")
				.params(address, userAgent, handle)
				.update();
		}
		return Seen.GOES_ON;
	}

	private void endReplaced(UUID handle) {
		jdbc.sql("""
				update web_sessions set ended_at = now(), ended_by = u.login, end_reason = ?
				  from users u where u.id = web_sessions.user_id and handle = ? and ended_at is null""")
			.params(EndReason.REPLACED.name(), handle)
			.update();
	}

	/**
	 * A new row for the session, once Spring Session has stored it (it has by the first
	 * request after the login; if not, the next request records it).
	 */
	private Optional<UUID> start(CurrentUser user, String sessionId, @Nullable String address,
			@Nullable String userAgent) {
		Optional<String> primaryId = jdbc.sql("select primary_id from spring_session where session_id = ?")
			.param(sessionId)
			.query(String.class)
			.optional();
		if (primaryId.isEmpty()) {
			return Optional.empty();
		}
		// the person's rows long past any lifetime are of no use to anyone
		jdbc.sql("delete from web_sessions where user_id = ? and last_seen_at < now() - ? * interval '1 second'"
				+ " - interval '30 days'")
			.params(user.id(), settings.absoluteLifetime().toSeconds())
			.update();
		UUID handle = UUID.randomUUID();
		jdbc.sql("""
				insert into web_sessions (handle, session_primary_id, user_id, address, user_agent)
				values (?, ?, ?, ?, ?)""").params(handle, primaryId.get(), user.id(), address, userAgent).update();
		return Optional.of(handle);
	}

	private static @Nullable String cut(@Nullable String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
