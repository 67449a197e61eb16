package com.sellout.portal.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.shared.Sha256;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * What the intake reads from a message's headers: its identity, its sender and where it
 * was sent.
 */
final class MessageHeaders {

	private MessageHeaders() {
	}

	/**
	 * The message's identity: its Message-ID, or the SHA-256 of its bytes when it has
	 * none.
	 */
	static String key(MimeMessage message) throws MessagingException, IOException {
		String id = message.getMessageID();
		if (id != null && !id.isBlank() && id.length() <= 400) {
			return id.strip();
		}
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		return "sha256:" + Sha256.hex(raw.toByteArray());
	}

	/**
	 * The first {@code Authentication-Results} header, unfolded: receiving servers add
	 * theirs on top, so this is the one the intake's own server wrote; any below may be
	 * the sender's.
	 */
	static String topmostAuthenticationResults(MimeMessage message) throws MessagingException {
		String[] values = message.getHeader("Authentication-Results");
		return values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]);
	}

	/**
	 * Every address the message was sent to: To, Cc and what the receiving server noted.
	 */
	static List<String> recipients(MimeMessage message) throws MessagingException {
		Set<String> addresses = new LinkedHashSet<>();
		for (Message.RecipientType type : new Message.RecipientType[] { Message.RecipientType.TO,
				Message.RecipientType.CC }) {
			Address[] list = message.getRecipients(type);
			if (list != null) {
				for (Address address : list) {
					if (address instanceof InternetAddress internet) {
						addresses.add(internet.getAddress());
					}
				}
			}
		}
		for (String header : new String[] { "Delivered-To", "X-Original-To" }) {
			String[] values = message.getHeader(header);
			if (values != null) {
				for (String value : values) {
					addresses.add(value.replaceAll("[<>]", "").strip());
				}
			}
		}
		return List.copyOf(addresses);
	}

	/**
	 * Whether the message says it was sent automatically: {@code Auto-Submitted} other
	 * than {@code no} (RFC 3834), a {@code Precedence} of bulk, junk, list or auto_reply,
	 * or the {@code X-Autoreply} / {@code X-Autorespond} headers some servers write.
	 */
	static boolean automatic(MimeMessage message) throws MessagingException {
		String[] submitted = message.getHeader("Auto-Submitted");
		if (submitted != null && Arrays.stream(submitted)
			.map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
			.anyMatch(value -> !value.equals("no"))) {
			return true;
		}
		String[] precedence = message.getHeader("Precedence");
		if (precedence != null && Arrays.stream(precedence)
			.map(value -> value.strip().toLowerCase(Locale.ROOT))
			.anyMatch(value -> Set.of("bulk", "junk", "list", "auto_reply").contains(value))) {
			return true;
		}
		return message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null;
	}

	/** The first From address in lower case, or "" when there is none. */
	static String from(MimeMessage message) throws MessagingException {
		Address[] addresses = message.getFrom();
		if (addresses == null || addresses.length == 0 || !(addresses[0] instanceof InternetAddress internet)) {
			return "";
		}
		return internet.getAddress() == null ? "" : internet.getAddress().toLowerCase(Locale.ROOT);
	}

}
