package com.sellout.portal.conversations.internal;

import java.util.Locale;

import com.sellout.portal.messaging.MailSettings;

import org.springframework.stereotype.Component;

/**
 * A follower's reply address: {@code <intake local part>+t-<token>@<intake domain>}, the
 * namespace the mail intake reserves for conversation replies.
 */
@Component
class ReplyAddresses {

	private final String local;

	private final String domain;

	ReplyAddresses(MailSettings mail) {
		String address = mail.intakeAddress().strip().toLowerCase(Locale.ROOT);
		int at = address.lastIndexOf('@');
		this.local = at < 0 ? address : address.substring(0, at);
		this.domain = at < 0 ? "" : address.substring(at + 1);
	}

	String of(String token) {
		return local + "+t-" + token + "@" + domain;
	}

}
