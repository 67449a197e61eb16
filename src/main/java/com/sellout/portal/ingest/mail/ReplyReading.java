package com.sellout.portal.ingest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.ingest.ReplyMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reply to a conversation mail as the conversation takes it: its own text (see
 * {@link ReplyText}) — the plain-text part, or the HTML part as text when there is no
 * other — and every part with a file name as a file, however deep in the message's
 * multiparts.
 */
final class ReplyReading {

	/**
	 * A file larger than this is left out of the reply: the conversation refuses it
	 * anyway, and reading it would only fill the memory.
	 */
	static final long MAX_FILE_SIZE = 25L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ReplyReading.class);

	private ReplyReading() {
	}

	/** What a message says: its parts' text and files. */
	private static final class Found {

		private final List<String> plain = new ArrayList<>();

		private final List<String> html = new ArrayList<>();

		private final List<ReplyMail.File> files = new ArrayList<>();

	}

	/**
	 * @param from the sender's address, lower case
	 */
	static ReplyMail read(MimeMessage message, String messageKey, String from) throws MessagingException, IOException {
		Found found = new Found();
		collect(message, found, messageKey);
		String text = !found.plain.isEmpty() ? String.join("\n", found.plain)
				: ReplyText.fromHtml(String.join("\n", found.html));
		String subject = message.getSubject();
		return new ReplyMail(messageKey, from, subject == null ? "" : subject, ReplyText.ownText(text),
				List.copyOf(found.files));
	}

	private static void collect(Part part, Found found, String messageKey) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), found, messageKey);
			}
			return;
		}
		String name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
		if (name == null && part.isMimeType("message/rfc822")) {
			// a forwarded mail is a file of the reply too
			name = "message.eml";
		}
		if (name != null) {
			file(part, name, found, messageKey);
		}
		else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			if (part.isMimeType("text/plain")) {
				found.plain.add(text(part));
			}
			else if (part.isMimeType("text/html")) {
				found.html.add(text(part));
			}
		}
	}

	private static void file(Part part, String name, Found found, String messageKey)
			throws MessagingException, IOException {
		String bare = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		byte[] content = MailAttachments.read(part, MAX_FILE_SIZE);
		if (content == null) {
			log.info("Reply {}: {} left out, over {} MB", messageKey, bare, MAX_FILE_SIZE / 1024 / 1024);
			return;
		}
		found.files.add(new ReplyMail.File(bare, baseType(part), content));
	}

	/**
	 * A text part in its charset; one whose charset Java does not know, read as UTF-8
	 * rather than lost.
	 */
	private static String text(Part part) throws MessagingException, IOException {
		try {
			Object content = part.getContent();
			if (content instanceof String text) {
				return text;
			}
		}
		catch (UnsupportedEncodingException ex) {
			// read below as UTF-8
		}
		try (InputStream in = part.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String baseType(Part part) throws MessagingException {
		try {
			return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (ParseException ex) {
			return "application/octet-stream";
		}
	}

}
