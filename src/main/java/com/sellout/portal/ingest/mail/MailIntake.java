package com.sellout.portal.ingest.mail;

import java.io.IOException;

import com.sellout.portal.messaging.MailServers;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads the intake mailbox (run by {@link MailIntakeJob}): every unread message is handed
 * to {@link IncomingMessages}, and only once that has returned — everything committed —
 * is the message marked read. A message read again after a crash before it was marked is
 * recognised there by its key and imported once.
 */
@Component
public class MailIntake {

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	private final MailServers servers;

	private final IncomingMessages messages;

	MailIntake(MailServers servers, IncomingMessages messages) {
		this.servers = servers;
		this.messages = messages;
	}

	/**
	 * Reads the unread messages of the intake mailbox; answers how many were imported or
	 * quarantined.
	 */
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
					if (messages.take(copy)) {
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

}
