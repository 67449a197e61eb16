package com.sellout.portal.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.jobs.JobSchedules;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.shared.Sha256;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the intake mailbox (a job, one node at a time): every unread message is recognised (see
 * {@link SenderRecognition}) or quarantined with its original, its attachments — the files inside
 * attached ZIPs and forwarded messages too — become reports of the sender's distributor, the
 * delivery is logged, and only then is the message marked read. A message seen again
 * (re-delivered, or read again after a crash before it was marked) is recognised by its
 * Message-ID and imported once: the delivery log refuses a second delivery with the same key and
 * each attachment carries an idempotency key made of the message's key and its position.
 */
@Configuration(proxyBeanMethods = false)
public class MailIntake {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MailIntake.class);

	private final MailServers servers;

	private final IntegrationAccounts integrations;

	private final MailAttachments attachments;

	private final DeliveryLog deliveries;

	private final IntegrationSender sender;

	private final SenderRecognition recognition;

	private final Quarantine quarantine;

	/** A quarantined message larger than this is listed without its original (it cannot be released). */
	private final long keptOriginalLimit;

	MailIntake(MailServers servers, IntegrationAccounts integrations, DeliveredFiles files, DeliveryLog deliveries,
			IntegrationSender sender, Quarantine quarantine,
			@Value("${portal.mail.trusted-authserv-ids:}") List<String> trustedAuthservIds) {
		this.servers = servers;
		this.integrations = integrations;
		this.attachments = new MailAttachments(files);
		this.deliveries = deliveries;
		this.sender = sender;
		this.quarantine = quarantine;
		this.recognition = new SenderRecognition(servers.settings().intakeAddress(), trustedAuthservIds);
		// base64 makes a file a third larger in the message
		this.keptOriginalLimit = files.maxFileSize() / 3 * 4 + 1024 * 1024;
	}

	@Bean
	Task<Void> mailIntakeTask() {
		return Tasks.recurring("mail-intake", JobSchedules.every(servers.settings().intakeInterval()))
			.execute((instance, context) -> poll());
	}

	/** Reads the unread messages of the intake mailbox; answers how many were imported or quarantined. */
	public int poll() {
		if (!servers.hasIntakeMailbox()) {
			return 0;
		}
		int taken = 0;
		try (Store store = servers.openIntakeMailbox()) {
			Folder folder = store.getFolder(servers.imap().folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					MimeMessage copy = new MimeMessage((MimeMessage) message);
					if (take(copy)) {
						taken++;
					}
					message.setFlag(Flags.Flag.SEEN, true);
				}
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | IOException ex) {
			log.warn("Intake mailbox not read: {}", ex.toString());
		}
		return taken;
	}

	/**
	 * Imports one message unless it was imported before. Answers whether it was new. The message
	 * is not marked here: the caller marks it once this has returned (everything committed).
	 */
	boolean take(MimeMessage message) throws MessagingException, IOException {
		String key = key(message);
		if (deliveries.knows(key)) {
			return false;
		}
		String from = firstAddress(message.getFrom());
		String subject = message.getSubject();
		SenderRecognition.Verdict verdict = recognition.recognise(from, recipients(message), topmostAuthenticationResults(message),
				integrations.mailIdentities());
		if (verdict.account() == null) {
			log.info("Mail {} from {} quarantined: {}", key, from, verdict.quarantineReason());
			Optional<Long> recorded = deliveries.record(new DeliveryLog.NewDelivery(null, Channel.EMAIL.name(), from, subject,
					key, DeliveryStatus.QUARANTINED, verdict.quarantineReason(), null, null), List.of());
			if (recorded.isPresent() && message.getSize() <= keptOriginalLimit) {
				quarantine.keep(recorded.get(), message);
			}
			return recorded.isPresent();
		}
		CurrentUser account = sender.load(verdict.account().login());
		List<DeliveredFiles.Outcome> outcomes = attachments.deliver(account, key, message);
		boolean recorded = deliveries.record(new DeliveryLog.NewDelivery(account.distributorId(), Channel.EMAIL.name(),
				from, subject, key, DeliveryStatus.RECEIVED, null, account.login(), null), outcomes).isPresent();
		log.info("Mail {} from {} for {}: {} file(s)", key, from, account.login(), outcomes.size());
		return recorded;
	}

	/**
	 * The first {@code Authentication-Results} header, unfolded: receiving servers add theirs on top,
	 * so this is the one the intake's own server wrote; any below may be the sender's.
	 */
	private static String topmostAuthenticationResults(MimeMessage message) throws MessagingException {
		String[] values = message.getHeader("Authentication-Results");
		return values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]);
	}

	/** The message's identity: its Message-ID, or the SHA-256 of its bytes when it has none. */
	static String key(MimeMessage message) throws MessagingException, IOException {
		String id = message.getMessageID();
		if (id != null && !id.isBlank() && id.length() <= 400) {
			return id.strip();
		}
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		return "sha256:" + Sha256.hex(raw.toByteArray());
	}

	private static List<String> recipients(MimeMessage message) throws MessagingException {
		Set<String> addresses = new LinkedHashSet<>();
		for (Message.RecipientType type : new Message.RecipientType[] { Message.RecipientType.TO, Message.RecipientType.CC }) {
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

	private static String firstAddress(Address[] addresses) {
		if (addresses == null || addresses.length == 0 || !(addresses[0] instanceof InternetAddress internet)) {
			return "";
		}
		return internet.getAddress() == null ? "" : internet.getAddress().toLowerCase(Locale.ROOT);
	}

}
