package com.sellout.portal.ingest.mail;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.ReplyMailbox;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.sellout.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One message of the intake mailbox. A reply to a conversation mail (see
 * {@link ReplyRecognition}) is recognised first and goes to the {@link ReplyMailbox},
 * never to sell-out; any other message is recognised as an account's (see
 * {@link SenderRecognition}), its files (see {@link MailAttachments}) become reports of
 * the sender's distributor and the delivery is logged. What is not recognised is
 * quarantined with its original. A message seen again (re-delivered, or read again after
 * a crash before it was marked) is recognised by its key ({@link MessageHeaders#key}) and
 * imported once: the delivery log refuses a second delivery with the same key and each
 * attachment carries an idempotency key made of the message's key and its position; a
 * reply, which is not logged as a delivery, is refused a second time by the mailbox.
 */
@Component
class IncomingMessages {

	private static final Logger log = LoggerFactory.getLogger(IncomingMessages.class);

	private final IntegrationAccounts integrations;

	private final MailAttachments attachments;

	private final DeliveryLog deliveries;

	private final IntegrationSender sender;

	private final SenderRecognition recognition;

	private final ReplyRecognition replies;

	/** The conversations' mailbox: without it, every reply is quarantined. */
	private final ObjectProvider<ReplyMailbox> replyMailbox;

	private final Quarantine quarantine;

	/**
	 * A quarantined message larger than this is listed without its original (it cannot be
	 * released).
	 */
	private final long keptOriginalLimit;

	IncomingMessages(MailServers servers, IntegrationAccounts integrations, DeliveredFiles files,
			DeliveryLog deliveries, IntegrationSender sender, Quarantine quarantine,
			ObjectProvider<ReplyMailbox> replyMailbox) {
		this.integrations = integrations;
		this.attachments = new MailAttachments(files);
		this.deliveries = deliveries;
		this.sender = sender;
		this.quarantine = quarantine;
		this.replyMailbox = replyMailbox;
		IntakeAddress intake = new IntakeAddress(servers.settings().intakeAddress());
		SenderAuthentication authentication = new SenderAuthentication(servers.settings().trustedAuthservIds());
		this.recognition = new SenderRecognition(intake, authentication);
		this.replies = new ReplyRecognition(intake, authentication);
		// base64 makes a file a third larger in the message
		this.keptOriginalLimit = files.maxFileSize() / 3 * 4 + 1024 * 1024;
	}

	/**
	 * Imports one message unless it was imported before. Answers whether it was new. The
	 * message is not marked here: the caller marks it once this has returned (everything
	 * committed).
	 */
	boolean take(MimeMessage message) throws MessagingException, IOException {
		String key = MessageHeaders.key(message);
		if (deliveries.knows(key)) {
			return false;
		}
		String from = MessageHeaders.from(message);
		String subject = message.getSubject();
		List<String> recipients = MessageHeaders.recipients(message);
		String topmost = MessageHeaders.topmostAuthenticationResults(message);
		ReplyMailbox mailbox = replyMailbox.getIfAvailable();
		Optional<ReplyRecognition.Verdict> reply = replies.recognise(from, recipients, topmost, mailbox);
		if (reply.isPresent()) {
			// an out-of-office answer to a notification is no message, and two
			// auto-responders must not talk to each other through a thread (RFC 3834)
			String refused = reply.get().taken() && MessageHeaders.automatic(message) ? ReplyRecognition.AUTOMATIC
					: reply.get().quarantineReason();
			if (refused != null) {
				return quarantined(message, key, from, subject, refused);
			}
			boolean taken = mailbox.take(reply.get().token(), ReplyReading.read(message, key, reply.get().sender()));
			log.info("Mail {} from {}: reply to a conversation{}", key, from, taken ? "" : ", taken before");
			return taken;
		}
		SenderRecognition.Verdict verdict = recognition.recognise(from, recipients, topmost,
				integrations.mailIdentities());
		if (verdict.account() == null) {
			return quarantined(message, key, from, subject, verdict.quarantineReason());
		}
		CurrentUser account = sender.load(verdict.account().login());
		List<DeliveredFiles.Outcome> outcomes = attachments.deliver(account, key, message);
		boolean recorded = deliveries
			.record(new DeliveryLog.NewDelivery(account.distributorId(), Channel.EMAIL.name(), from, subject, key,
					DeliveryStatus.RECEIVED, null, account.login(), null), outcomes)
			.isPresent();
		log.info("Mail {} from {} for {}: {} file(s)", key, from, account.login(), outcomes.size());
		return recorded;
	}

	/**
	 * Logs the message as quarantined, with its original unless it is too large; answers
	 * whether it was new.
	 */
	private boolean quarantined(MimeMessage message, String key, String from, String subject, String reason)
			throws MessagingException, IOException {
		log.info("Mail {} from {} quarantined: {}", key, from, reason);
		Optional<Long> recorded = deliveries.record(new DeliveryLog.NewDelivery(null, Channel.EMAIL.name(), from,
				subject, key, DeliveryStatus.QUARANTINED, reason, null, null), List.of());
		if (recorded.isPresent() && message.getSize() <= keptOriginalLimit) {
			quarantine.keep(recorded.get(), message);
		}
		return recorded.isPresent();
	}

}
