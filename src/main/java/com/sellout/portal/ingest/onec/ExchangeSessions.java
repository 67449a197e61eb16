package com.sellout.portal.ingest.onec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.shared.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions and uploaded chunks of the CommerceML exchange, kept in PostgreSQL so that any
 * node of the portal can answer any call of a session: 1C logs in once (checkauth), then
 * sends a cookie.
 */
@Component
class ExchangeSessions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final AccessRevocation access;

	ExchangeSessions(JdbcClient jdbc, ScopedTransactions transactions, AccessRevocation access) {
		this.access = access;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A session of the exchange: who logged in, for which distributor. */
	record Session(long id, long userId, long distributorId, String login) {
	}

	/**
	 * Opens a session for the user and answers the cookie value to give 1C. The session
	 * holds the user's access version: deactivating the account or its distributor, or a
	 * new password, ends it.
	 */
	String open(long userId, long distributorId, int accessVersion) {
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql(
					"delete from onec_exchange_chunks where session_id in (select id from onec_exchange_sessions where expires_at < now())")
				.update();
			jdbc.sql("delete from onec_exchange_sessions where expires_at < now()").update();
			jdbc.sql(
					"""
							insert into onec_exchange_sessions (cookie_hash, user_id, distributor_id, access_version, expires_at)
							values (?, ?, ?, ?, now() + interval '1 hour')""")
				.params(Sha256.hex(cookie), userId, distributorId, accessVersion)
				.update();
		});
		return cookie;
	}

	Optional<Session> find(String cookie) {
		if (cookie == null || cookie.isBlank()) {
			return Optional.empty();
		}
		// the session's own row, then identity says whether the access it was opened with
		// still holds
		return transactions
			.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("""
							select id, user_id, distributor_id, access_version from onec_exchange_sessions
							 where cookie_hash = ? and expires_at > now()""")
						.param(Sha256.hex(cookie))
						.query((rs, i) -> new Opened(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
						.optional())
			.flatMap(opened -> access.grantedLogin(opened.userId(), opened.distributorId(), opened.accessVersion())
				.map(login -> new Session(opened.id(), opened.userId(), opened.distributorId(), login)));
	}

	private record Opened(long id, long userId, long distributorId, int accessVersion) {
	}

	/*
	 * A file's chunks are numbered from 1. Once a file is processed its chunks give way
	 * to one row numbered 0 holding the answer given, so that 1C's "import" of it later
	 * in the session gets that answer, while an "import" of a file never sent is told so.
	 */

	/** Appends a chunk of a file and answers the file's size so far. */
	long append(Session session, String fileName, byte[] chunk) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql(
					"""
							insert into onec_exchange_chunks (session_id, distributor_id, file_name, seq, content)
							select ?, ?, ?, coalesce(max(seq), 0) + 1, ? from onec_exchange_chunks where session_id = ? and file_name = ?""")
				.params(session.id(), session.distributorId(), fileName, chunk, session.id(), fileName)
				.update();
			return jdbc.sql(
					"select coalesce(sum(octet_length(content)), 0) from onec_exchange_chunks where session_id = ? and file_name = ? and seq > 0")
				.params(session.id(), fileName)
				.query(Long.class)
				.single();
		});
	}

	/** The file as uploaded so far, its chunks in order. */
	byte[] content(Session session, String fileName) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			jdbc.sql(
					"select content from onec_exchange_chunks where session_id = ? and file_name = ? and seq > 0 order by seq")
				.params(session.id(), fileName)
				.query(byte[].class)
				.list()
				.forEach(out::writeBytes);
			return out.toByteArray();
		});
	}

	/**
	 * The file is processed: its chunks are dropped, the answer given kept for the
	 * session.
	 */
	void processed(Session session, String fileName, String answer) {
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql("delete from onec_exchange_chunks where session_id = ? and file_name = ?")
				.params(session.id(), fileName)
				.update();
			jdbc.sql(
					"""
							insert into onec_exchange_chunks (session_id, distributor_id, file_name, seq, content) values (?, ?, ?, 0, ?)""")
				.params(session.id(), session.distributorId(), fileName, answer.getBytes(StandardCharsets.UTF_8))
				.update();
		});
	}

	/** The answer given when the file was processed in this session, if it was. */
	Optional<String> answer(Session session, String fileName) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("select content from onec_exchange_chunks where session_id = ? and file_name = ? and seq = 0")
					.params(session.id(), fileName)
					.query(byte[].class)
					.optional()
					.map(answer -> new String(answer, StandardCharsets.UTF_8)));
	}

	void forget(Session session, String fileName) {
		transactions.runAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("delete from onec_exchange_chunks where session_id = ? and file_name = ?")
					.params(session.id(), fileName)
					.update());
	}

}
