package com.sellout.portal.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import com.sellout.portal.shared.ZipArchives;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the intake mailbox (a job, one node at a time): every unread message is recognised (or
 * quarantined), its attachments — and the files inside attached ZIPs — become reports of the
 * sender's distributor, the delivery is logged, and only then is the message marked read. A message
 * seen again (re-delivered, or read again after a crash before it was marked) is recognised by its
 * Message-ID and imported once: the delivery log refuses a second delivery with the same key and
 * each attachment carries an idempotency key made of the message's key and its position.
 */
@Configuration(proxyBeanMethods = false)
public class MailIntake {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MailIntake.class);

	private final MailServers servers;

	private final IntegrationAccounts integrations;

	private final DeliveredFiles files;

	private final DeliveryLog deliveries;

	private final IntegrationSender sender;

	private final SenderRecognition recognition;

	MailIntake(MailServers servers, IntegrationAccounts integrations, DeliveredFiles files, DeliveryLog deliveries,
			IntegrationSender sender) {
		this.servers = servers;
		this.integrations = integrations;
		this.files = files;
		this.deliveries = deliveries;
		this.sender = sender;
		this.recognition = new SenderRecognition(servers.settings().intakeAddress());
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
		SenderRecognition.Verdict verdict = recognition.recognise(from, recipients(message), integrations.mailIdentities());
		if (verdict.account() == null) {
			log.info("Mail {} from {} quarantined: {}", key, from, verdict.quarantineReason());
			return deliveries.record(new DeliveryLog.NewDelivery(null, Channel.EMAIL.name(), from, subject, key,
					DeliveryStatus.QUARANTINED, verdict.quarantineReason(), null, null), List.of()).isPresent();
		}
		CurrentUser account = sender.load(verdict.account().login());
		String idempotency = "email:" + Sha256.hex(key).substring(0, 40) + ":";
		List<DeliveredFiles.Outcome> outcomes = new ArrayList<>();
		for (Attachment attachment : attachments(message)) {
			if (attachment.refusal() != null) {
				outcomes.add(DeliveredFiles.Outcome.refused(attachment.name(), attachment.refusal(), attachment.argument()));
			}
			else {
				outcomes.add(files.receive(account, Channel.EMAIL, attachment.name(), attachment.content(),
						idempotency + outcomes.size()));
			}
		}
		boolean recorded = deliveries.record(new DeliveryLog.NewDelivery(account.distributorId(), Channel.EMAIL.name(),
				from, subject, key, DeliveryStatus.RECEIVED, null, account.login(), null), outcomes).isPresent();
		log.info("Mail {} from {} for {}: {} file(s)", key, from, account.login(), outcomes.size());
		return recorded;
	}

	/** A file of the message: its bytes, or why it is not taken (a message key and its argument). */
	private record Attachment(String name, byte[] content, String refusal, Object argument) {

		static Attachment taken(String name, byte[] content) {
			return new Attachment(name, content, null, null);
		}

		static Attachment refused(String name, String refusal) {
			return new Attachment(name, null, refusal, null);
		}

	}

	private List<Attachment> attachments(MimeMessage message) throws MessagingException, IOException {
		List<Attachment> found = new ArrayList<>();
		collect(message, found);
		return found;
	}

	private void collect(Part part, List<Attachment> found) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), found);
			}
			return;
		}
		if (part.isMimeType("message/rfc822")) {
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
		byte[] content = read(part);
		if (content == null) {
			found.add(new Attachment(name, null, "reading.tooLarge", files.maxFileSize() / 1024 / 1024));
			return;
		}
		if (!ZipArchives.isZip(content)) {
			found.add(Attachment.taken(name, content));
			return;
		}
		try {
			for (ZipArchives.Entry entry : ZipArchives.entries(name, content, files.maxFileSize())) {
				found.add(DeliveredFiles.isTaken(entry.name()) && !entry.name().toLowerCase(Locale.ROOT).endsWith(".zip")
						? Attachment.taken(entry.name(), entry.content())
						: Attachment.refused(entry.name(), "delivery.unsupportedFile"));
			}
		}
		catch (ZipArchives.Refused refused) {
			found.add(Attachment.refused(name, refused.messageKey()));
		}
	}

	/** The part's bytes, or null when they exceed the largest file taken. */
	private byte[] read(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > files.maxFileSize()) {
					return null;
				}
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}
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
