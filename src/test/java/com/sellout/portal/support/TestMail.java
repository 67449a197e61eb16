package com.sellout.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.icegreen.greenmail.util.GreenMail;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mail as a distributor's system sends it (over the embedded server's SMTP) and as people
 * receive it.
 */
public final class TestMail {

	private final GreenMail server;

	private final MimeMessage message;

	private final MimeMultipart parts = new MimeMultipart();

	private TestMail(GreenMail server, String from, String to, String subject) {
		this.server = server;
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
		this.message = new MimeMessage(Session.getInstance(properties)) {

			@Override
			protected void updateMessageID() throws MessagingException {
				// keeps the Message-ID the test gave, as a re-delivered message does
				if (getHeader("Message-ID") == null) {
					super.updateMessageID();
				}
			}

		};
		try {
			message.setFrom(new InternetAddress(from));
			message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
			message.setSubject(subject, "UTF-8");
			MimeBodyPart text = new MimeBodyPart();
			text.setText("Отчёт во вложении.", "UTF-8");
			parts.addBodyPart(text);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static TestMail from(GreenMail server, String from, String to, String subject) {
		return new TestMail(server, from, to, subject);
	}

	/** The mail's own text instead of the default line. */
	public TestMail text(String text) {
		try {
			((MimeBodyPart) parts.getBodyPart(0)).setText(text, "UTF-8");
			return this;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public TestMail attach(String name, byte[] content) {
		try {
			MimeBodyPart part = new MimeBodyPart();
			part.setContent(content, "application/octet-stream");
			part.setFileName(name);
			part.setDisposition(MimeBodyPart.ATTACHMENT);
			parts.addBodyPart(part);
			return this;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Adds a header; headers of one name keep the order they are added in (the first is
	 * the topmost).
	 */
	public TestMail header(String name, String value) {
		try {
			message.addHeader(name, value);
			return this;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Adds a part as it is, e.g. a forwarded message ({@code message/rfc822}). */
	public TestMail attachPart(MimeBodyPart part) {
		try {
			parts.addBodyPart(part);
			return this;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sends it with this Message-ID; answers the Message-ID. */
	public String send(String messageId) {
		try {
			message.setContent(parts);
			message.setHeader("Message-ID", messageId);
			long before = countWithId(messageId);
			Transport.send(message);
			long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (countWithId(messageId) == before && System.nanoTime() < until) {
				Thread.sleep(50);
			}
			return messageId;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** How many messages the server holds with this Message-ID (in any mailbox). */
	private long countWithId(String messageId) throws MessagingException {
		long count = 0;
		for (MimeMessage received : server.getReceivedMessages()) {
			if (messageId.equals(received.getMessageID())) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The secret intake address of an integration account
	 * ({@code sellout+<token>@portal.local}), as its card shows it.
	 */
	public static String intakeAddress(ScopedTransactions transactions, JdbcClient jdbc, String login) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> "sellout+" + jdbc.sql("select mail_intake_token from users where login = ?")
					.param(login)
					.query(String.class)
					.single() + "@portal.local");
	}

	public static String newMessageId() {
		return "<" + System.nanoTime() + "." + Math.abs(new Random().nextInt()) + "@distributor.example>";
	}

	public static byte[] zip(String name, byte[] content, String otherName, byte[] other) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("reports/" + name));
			zip.write(content);
			zip.putNextEntry(new ZipEntry(otherName));
			zip.write(other);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The mail someone received with this subject, waited for. */
	public static MimeMessage awaitReceived(GreenMail server, String recipient, String subject, Duration timeout)
			throws InterruptedException, MessagingException {
		return awaitReceived(server, recipient, subject, text -> true, timeout);
	}

	/**
	 * The mail someone received with this subject and a text that passes the test, waited
	 * for: when several mails share a subject, the one meant.
	 */
	public static MimeMessage awaitReceived(GreenMail server, String recipient, String subject, Predicate<String> text,
			Duration timeout) throws InterruptedException, MessagingException {
		long until = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < until) {
			for (MimeMessage received : server.getReceivedMessages()) {
				if (subject.equals(received.getSubject())
						&& Arrays.stream(received.getAllRecipients())
							.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient))
						&& text.test(text(received))) {
					return received;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No mail '" + subject + "' to " + recipient + " within " + timeout);
	}

	/** How many mails someone received. */
	public static long receivedBy(GreenMail server, String recipient) throws MessagingException {
		long count = 0;
		for (MimeMessage received : server.getReceivedMessages()) {
			if (Arrays.stream(received.getAllRecipients())
				.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient))) {
				count++;
			}
		}
		return count;
	}

	/** How many mails the server holds whose subject passes the test. */
	public static long withSubject(GreenMail server, Predicate<String> subject) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject() != null && subject.test(message.getSubject());
			}
			catch (MessagingException ex) {
				return false;
			}
		}).count();
	}

	public static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String text) {
				return text;
			}
			return ((MimeMultipart) content).getBodyPart(0).getContent().toString();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
