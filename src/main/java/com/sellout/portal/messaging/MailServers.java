package com.sellout.portal.messaging;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sellout.portal.shared.PortUnavailableException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where mail goes out and comes in. Without a configured SMTP host it starts the embedded
 * mail server: SMTP and IMAP on localhost, any login accepted, and
 * {@code local+tag@domain} delivered to {@code local@domain}'s mailbox (plus-addressing,
 * as real mail servers do).
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
public class MailServers implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailServers.class);

	private static final String LOCALHOST = "127.0.0.1";

	private final MailSettings settings;

	private final GreenMail embedded;

	private final MailSettings.Server smtp;

	private final MailSettings.Mailbox imap;

	MailServers(MailSettings settings) {
		this.settings = settings;
		if (settings.isEmbedded()) {
			requireFree(settings.embedded().smtpPort(), "embedded SMTP", "portal.mail.embedded.smtp-port",
					"PORTAL_MAIL_EMBEDDED_SMTP_PORT");
			requireFree(settings.embedded().imapPort(), "embedded IMAP", "portal.mail.embedded.imap-port",
					"PORTAL_MAIL_EMBEDDED_IMAP_PORT");
			ServerSetup smtpSetup = new ServerSetup(settings.embedded().smtpPort(), LOCALHOST,
					ServerSetup.PROTOCOL_SMTP);
			ServerSetup imapSetup = new ServerSetup(settings.embedded().imapPort(), LOCALHOST,
					ServerSetup.PROTOCOL_IMAP);
			embedded = new GreenMail(
					new ServerSetup[] { settings.embedded().smtpPort() == 0 ? smtpSetup.dynamicPort() : smtpSetup,
							settings.embedded().imapPort() == 0 ? imapSetup.dynamicPort() : imapSetup });
			embedded.withConfiguration(
					GreenMailConfiguration.aConfig().withDisabledAuthentication().withSieveIgnoreDetail());
			embedded.start();
			smtp = new MailSettings.Server(LOCALHOST, embedded.getSmtp().getPort(), null, null, false, false);
			imap = new MailSettings.Mailbox(LOCALHOST, embedded.getImap().getPort(), settings.intakeAddress(), "demo",
					settings.imap().folder(), false);
			log.info("Embedded mail server: SMTP on port {}, IMAP on port {} (any login)", smtp.port(), imap.port());
		}
		else {
			embedded = null;
			smtp = settings.smtp();
			imap = settings.imap();
		}
	}

	/**
	 * GreenMail only logs a port it cannot bind and then times out; trying the port first
	 * names it. A port taken between the try and the start still fails the start, less
	 * clearly.
	 */
	private static void requireFree(int port, String listener, String property, String environment) {
		if (port == 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(LOCALHOST, port));
		}
		catch (IOException ex) {
			throw PortUnavailableException.port(listener, port, property, environment, ex);
		}
	}

	public MailSettings.Server smtp() {
		return smtp;
	}

	public MailSettings.Mailbox imap() {
		return imap;
	}

	/** Whether there is an intake mailbox to read. */
	public boolean hasIntakeMailbox() {
		return imap.host() != null && !imap.host().isBlank();
	}

	/** The embedded server, when the portal runs one (the default run and tests). */
	public GreenMail embedded() {
		return embedded;
	}

	/** A connected IMAP store of the intake mailbox; close it after use. */
	public Store openIntakeMailbox() throws MessagingException {
		String protocol = imap.ssl() ? "imaps" : "imap";
		Properties properties = new Properties();
		properties.put("mail.store.protocol", protocol);
		properties.put("mail." + protocol + ".connectiontimeout", "10000");
		properties.put("mail." + protocol + ".timeout", "60000");
		properties.put("mail." + protocol + ".partialfetch", "false");
		Store store = Session.getInstance(properties).getStore(protocol);
		store.connect(imap.host(), imap.port(), imap.username(), imap.password());
		return store;
	}

	public MailSettings settings() {
		return settings;
	}

	@Override
	public void destroy() {
		if (embedded != null) {
			embedded.stop();
		}
	}

}
