package com.sellout.portal.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.shared.Sha256;
import com.sellout.portal.shared.ZipArchives;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * The files of a message — its attachments, the files inside attached ZIPs (see
 * {@link ZippedAttachments}), and those of a forwarded message ({@code message/rfc822}) —
 * handed to the pipeline as an account's, each with an idempotency key made of the
 * message's key and its position. A file that is not taken is listed with its reason,
 * never dropped silently.
 */
final class MailAttachments {

	/**
	 * A message forwarded inside a forwarded message inside … is opened this deep, no
	 * deeper.
	 */
	private static final int FORWARD_DEPTH = 3;

	private final DeliveredFiles files;

	MailAttachments(DeliveredFiles files) {
		this.files = files;
	}

	/** Stores every file of the message as the account's; answers what became of each. */
	List<DeliveredFiles.Outcome> deliver(CurrentUser account, String messageKey, MimeMessage message)
			throws MessagingException, IOException {
		String idempotency = "email:" + Sha256.hex(messageKey).substring(0, 40) + ":";
		List<DeliveredFiles.Outcome> outcomes = new ArrayList<>();
		for (Attachment attachment : of(message)) {
			if (attachment.refusal() != null) {
				outcomes.add(
						DeliveredFiles.Outcome.refused(attachment.name(), attachment.refusal(), attachment.argument()));
			}
			else {
				outcomes.add(files.receive(account, Channel.EMAIL, attachment.name(), attachment.content(),
						idempotency + outcomes.size()));
			}
		}
		return outcomes;
	}

	/**
	 * A file of the message: its bytes, or why it is not taken (a message key and its
	 * argument).
	 */
	record Attachment(String name, byte[] content, String refusal, Object argument) {

		static Attachment taken(String name, byte[] content) {
			return new Attachment(name, content, null, null);
		}

		static Attachment refused(String name, String refusal) {
			return new Attachment(name, null, refusal, null);
		}

	}

	List<Attachment> of(MimeMessage message) throws MessagingException, IOException {
		List<Attachment> found = new ArrayList<>();
		collect(message, found, 0);
		return found;
	}

	private void collect(Part part, List<Attachment> found, int forwards) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), found, forwards);
			}
			return;
		}
		if (part.isMimeType("message/rfc822")) {
			forwarded(part, found, forwards);
			return;
		}
		String name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
		if (name == null || part.isMimeType("image/*")) {
			return;
		}
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (!DeliveredFiles.isTaken(name)) {
			found.add(Attachment.refused(name, "delivery.unsupportedFile"));
			return;
		}
		byte[] content = read(part, files.maxFileSize());
		if (content == null) {
			found.add(new Attachment(name, null, "reading.tooLarge", files.maxFileSize() / 1024 / 1024));
			return;
		}
		if (!ZipArchives.isZip(content)) {
			found.add(Attachment.taken(name, content));
			return;
		}
		found.addAll(ZippedAttachments.unpack(name, content, files.maxFileSize()));
	}

	/**
	 * A forwarded message: its files are taken like the message's own; one that cannot be
	 * opened is listed as refused.
	 */
	private void forwarded(Part part, List<Attachment> found, int forwards) throws MessagingException, IOException {
		String name = part.getFileName() == null ? "message.eml" : MimeUtility.decodeText(part.getFileName());
		if (forwards >= FORWARD_DEPTH) {
			found.add(Attachment.refused(name, "mail.forward.tooDeep"));
			return;
		}
		Object content;
		try {
			content = part.getContent();
		}
		catch (MessagingException | IOException ex) {
			content = null;
		}
		if (content instanceof Part inner) {
			int before = found.size();
			collect(inner, found, forwards + 1);
			if (found.size() == before) {
				found.add(Attachment.refused(name, "mail.forward.noFiles"));
			}
		}
		else {
			found.add(Attachment.refused(name, "mail.forward.unreadable"));
		}
	}

	/**
	 * The part's bytes, or null when they exceed the limit: read in pieces, so that a
	 * part too large is never held whole.
	 */
	static byte[] read(Part part, long limit) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > limit) {
					return null;
				}
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}
	}

}
