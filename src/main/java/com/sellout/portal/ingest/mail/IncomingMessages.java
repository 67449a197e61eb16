package com.sellout.portal.ingest.mail;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.sellout.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One message of the intake mailbox: recognised (see {@link SenderRecognition}) or
 * quarantined with its original; a recognised one's files (see {@link MailAttachments})
 * become reports of the sender's distributor and the delivery is logged. A message seen
 * again (re-delivered, or read again after a crash before it was marked) is recognised by
 * its key ({@link MessageHeaders#key}) and imported once: the delivery log refuses a
 * second delivery with the same key and each attachment carries an idempotency key made
 * of the message's key and its position.
 */
@Component
class IncomingMessages {

	private static final Logger log = LoggerFactory.getLogger(IncomingMessages.class);

	private final IntegrationAccounts integrations;

	private final MailAttachments attachments;

	private final DeliveryLog deliveries;

	private final IntegrationSender sender;

	private final SenderRecognition recognition;

	private final Quarantine quarantine;

	/**
	 * A quarantined message larger than this is listed without its original (it cannot be
	 * released).
	 */
	private final long keptOriginalLimit;

	IncomingMessages(MailServers servers, IntegrationAccounts integrations, DeliveredFiles files,
			DeliveryLog deliveries, IntegrationSender sender, Quarantine quarantine) {
		this.integrations = integrations;
		this.attachments = new MailAttachments(files);
		this.deliveries = deliveries;
		this.sender = sender;
		this.quarantine = quarantine;
		this.recognition = new SenderRecognition(servers.settings().intakeAddress(),
				servers.settings().trustedAuthservIds());
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
		SenderRecognition.Verdict verdict = recognition.recognise(from, MessageHeaders.recipients(message),
				MessageHeaders.topmostAuthenticationResults(message), integrations.mailIdentities());
		if (verdict.account() == null) {
			log.info("Mail {} from {} quarantined: {}", key, from, verdict.quarantineReason());
			Optional<Long> recorded = deliveries.record(new DeliveryLog.NewDelivery(null, Channel.EMAIL.name(), from,
					subject, key, DeliveryStatus.QUARANTINED, verdict.quarantineReason(), null, null), List.of());
			if (recorded.isPresent() && message.getSize() <= keptOriginalLimit) {
				quarantine.keep(recorded.get(), message);
			}
			return recorded.isPresent();
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

}
