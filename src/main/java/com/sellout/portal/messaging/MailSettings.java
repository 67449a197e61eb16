package com.sellout.portal.messaging;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings. Without {@code smtp.host} the portal runs its own mail server
 * (embedded), and both SMTP and the intake mailbox point at it.
 *
 * @param baseUrl the portal's address as people reach it, for links in mail
 * @param from the sender of the portal's mail
 * @param intakeAddress the mailbox distributors send reports to; {@code sellout+<tag>@…}
 * reaches it too and tells which integration account sent it
 * @param intakeInterval how often the intake mailbox is read
 * @param sendInterval how often queued mail is sent
 * @param smtp outgoing mail server
 * @param imap the intake mailbox's server (intake is off when neither it nor the embedded
 * server is there)
 * @param embedded ports of the embedded server (0 picks free ones)
 * @param trustedAuthservIds the receiving servers whose {@code Authentication-Results}
 * the intake believes (without one, only the secret intake address is taken)
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("Sell-out Portal <portal@portal.local>") String from,
		@DefaultValue("sellout@portal.local") String intakeAddress, @DefaultValue("30s") Duration intakeInterval,
		@DefaultValue("5s") Duration sendInterval, @DefaultValue Server smtp, @DefaultValue Mailbox imap,
		@DefaultValue Embedded embedded, @DefaultValue List<String> trustedAuthservIds) {

	public MailSettings {
		// "a, b" and a stray comma are what people write in an environment variable
		trustedAuthservIds = trustedAuthservIds == null ? List.of()
				: trustedAuthservIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
	}

	/**
	 * An SMTP server; {@code starttls} upgrades a plain connection, {@code ssl} connects
	 * over TLS.
	 */
	public record Server(String host, @DefaultValue("25") int port, String username, String password,
			@DefaultValue("false") boolean starttls, @DefaultValue("false") boolean ssl) {
	}

	/** An IMAP mailbox: {@code ssl} for IMAPS. */
	public record Mailbox(String host, @DefaultValue("143") int port, String username, String password,
			@DefaultValue("INBOX") String folder, @DefaultValue("false") boolean ssl) {
	}

	public record Embedded(@DefaultValue("3025") int smtpPort, @DefaultValue("3143") int imapPort) {
	}

	/** Whether the portal runs its own mail server: no SMTP host is configured. */
	public boolean isEmbedded() {
		return smtp.host() == null || smtp.host().isBlank();
	}

	/** The portal's address followed by the path. */
	public String link(String path) {
		return baseUrl.replaceAll("/+$", "") + path;
	}

}
