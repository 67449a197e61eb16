package com.sellout.portal.ingest;

import java.util.Optional;

/**
 * Where replies to the portal's conversation mail go. The address
 * {@code sellout+t-<token>@<intake domain>} is reserved for them: the intake recognises
 * it before sell-out intake and hands the reply here once its From is the address the
 * token names and passes the sender-authentication rule; anything else sent to it is
 * quarantined. Implemented by the conversations module; without an implementation every
 * such mail is quarantined.
 * <p>
 * Both methods are called by the intake's job, one message at a time: outside any
 * transaction, with no data scope ({@code DataScope.NONE}, which sees no
 * distributor-owned row) and nobody signed in. An implementation opens its own
 * transaction in the scope it needs (e.g. {@code ScopedTransactions.callAs}); once
 * {@code take} has returned the message is marked read, so it commits before returning —
 * a message read again after a crash comes again with the same key.
 */
public interface ReplyMailbox {

	/**
	 * The e-mail address whose replies the token takes: the follower's, while that
	 * follower still follows the thread and is active; empty for an unknown or dead
	 * token.
	 */
	Optional<String> senderOf(String token);

	/**
	 * Adds the reply to its thread as the token's follower: its text and its files (as
	 * thread attachments, never sell-out reports). Called only after {@link #senderOf}
	 * gave the reply's From for this token and the From passed the sender-authentication
	 * rule.
	 * @return false when a reply with the same message key was taken before
	 */
	boolean take(String token, ReplyMail reply);

}
