package com.sellout.portal.messaging;

/** Why the portal writes to someone. */
public enum MailKind {

	/** The answer to an e-mail delivery: what became of each attachment. */
	REPLY,
	/** A report of theirs needs attention: exceptions or rejected. */
	NOTIFICATION,
	/** A link to choose a new password. */
	PASSWORD_RESET,
	/** A new user's link to choose their first password. */
	INVITATION,
	/** A new message in a conversation the recipient follows. */
	CONVERSATION;

	/** Whether the mail carries a secret link, so that its text is not kept once sent. */
	public boolean carriesSecret() {
		return this == PASSWORD_RESET || this == INVITATION;
	}

}
