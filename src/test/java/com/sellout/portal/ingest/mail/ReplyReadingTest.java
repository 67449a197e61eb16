package com.sellout.portal.ingest.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import com.sellout.portal.ingest.ReplyMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Replies as mail clients send them, written out and read back as the intake reads them:
 * which part is the text, in which charset, and which parts are files.
 */
class ReplyReadingTest {

	private static final Session SESSION = Session.getInstance(new Properties());

	private static final String MARKER = ReplyMail.QUOTE_MARKER;

	/** The first bytes of an .xlsx (a ZIP) and of a PDF. */
	private static final byte[] XLSX = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0xb5, 0x55 };

	private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

	static Stream<Arguments> texts() throws Exception {
		return Stream.of(Arguments.of("plain text with the quote marker", plain("""
				Остатки пришлю завтра.

				> %s
				> Пришлите остатки.
				""".formatted(MARKER), "UTF-8"), "Остатки пришлю завтра."),
				Arguments.of("HTML only", html("""
						<div>Цены пересмотрим<br>в январе.</div>
						<blockquote><div>%s</div><div>Когда?</div></blockquote>""".formatted(MARKER)),
						"Цены пересмотрим\nв январе."),
				Arguments.of("a > quoted tail with «пишет:»", plain("""
						Хорошо, договорились.

						02.12.2026 10:00, Sell-out Portal пишет:
						> Когда пересмотрите цены?
						""", "UTF-8"), "Хорошо, договорились."),
				Arguments.of("a windows-1251 text part", plain("Счёт получили, спасибо.\n", "windows-1251"),
						"Счёт получили, спасибо."),
				Arguments.of("a charset Java does not know, read as UTF-8",
						plain("Приняли.\n", "UTF-8").replace("charset=UTF-8", "charset=x-unheard-of"), "Приняли."),
				Arguments.of("plain and HTML alternatives: the plain one", mixed(alternative("Текст\n", "<p>HTML</p>")),
						"Текст"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("texts")
	void theReplysTextIsItsOwn(String what, String mail, String text) throws Exception {
		ReplyMail reply = read(mail);
		assertThat(reply.text()).isEqualTo(text);
		assertThat(reply.files()).isEmpty();
		assertThat(reply.messageKey()).isEqualTo("<key@example>");
		assertThat(reply.from()).isEqualTo("ivan@alfa.example");
		assertThat(reply.subject()).isEqualTo("Re: Остатки за ноябрь");
	}

	@Test
	void alternativesInsideMixedWithTwoFilesOneNamedInRfc2047() throws Exception {
		MimeBodyPart xlsx = new MimeBodyPart();
		xlsx.setContent(XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		// RFC 2231, as Jakarta Mail writes a Cyrillic name by default
		xlsx.setFileName("Остатки на 01.12.xlsx");
		xlsx.setDisposition(MimeBodyPart.ATTACHMENT);
		MimeBodyPart pdf = new MimeBodyPart();
		pdf.setContent(PDF, "application/pdf");
		// RFC 2047, as many mail clients write it
		pdf.setHeader("Content-Disposition",
				"attachment; filename=\"" + MimeUtility.encodeText("Акт сверки.pdf", "UTF-8", "B") + "\"");

		ReplyMail reply = read(mixed(alternative("""
				Акт и остатки во вложении.

				> %s
				""".formatted(MARKER), "<p>Акт и остатки во вложении.</p>"), xlsx, pdf));

		assertThat(reply.text()).isEqualTo("Акт и остатки во вложении.");
		assertThat(reply.files()).extracting(ReplyMail.File::name, ReplyMail.File::contentType)
			.containsExactly(
					tuple("Остатки на 01.12.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
					tuple("Акт сверки.pdf", "application/pdf"));
		assertThat(reply.files().get(0).content()).isEqualTo(XLSX);
		assertThat(reply.files().get(1).content()).isEqualTo(PDF);
	}

	@Test
	void anInlinePictureWithANameAndAForwardedMailAreFilesTooAFileOverTheLimitIsLeftOut() throws Exception {
		MimeBodyPart picture = new MimeBodyPart();
		picture.setContent(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/png");
		picture.setFileName("C:\\Users\\ivan\\screen.png");
		picture.setDisposition(MimeBodyPart.INLINE);
		picture.setContentID("<screen@alfa.example>");
		MimeBodyPart unnamed = new MimeBodyPart();
		unnamed.setContent(new byte[] { 1, 2, 3 }, "application/octet-stream");
		MimeMessage forwarded = new MimeMessage(SESSION);
		forwarded.setSubject("Старое письмо");
		forwarded.setText("Текст старого письма", "UTF-8");
		forwarded.saveChanges();
		MimeBodyPart forward = new MimeBodyPart();
		forward.setContent(forwarded, "message/rfc822");
		MimeBodyPart large = new MimeBodyPart();
		byte[] tooLarge = new byte[(int) ReplyReading.MAX_FILE_SIZE + 1];
		large.setContent(tooLarge, "application/octet-stream");
		large.setFileName("archive.bin");
		large.setDisposition(MimeBodyPart.ATTACHMENT);

		ReplyMail reply = read(mixed(alternative("Смотрите\n", "<p>Смотрите</p>"), picture, unnamed, forward, large));

		assertThat(reply.files()).extracting(ReplyMail.File::name).containsExactly("screen.png", "message.eml");
		assertThat(reply.files().get(0).contentType()).isEqualTo("image/png");
		assertThat(reply.files().get(1).contentType()).isEqualTo("message/rfc822");
		assertThat(new String(reply.files().get(1).content(), StandardCharsets.UTF_8)).contains("Subject:");
		assertThat(reply.text()).isEqualTo("Смотрите");
	}

	private static ReplyMail read(String mail) throws Exception {
		MimeMessage message = new MimeMessage(SESSION,
				new ByteArrayInputStream(mail.getBytes(StandardCharsets.ISO_8859_1)));
		return ReplyReading.read(message, "<key@example>", "ivan@alfa.example");
	}

	private static String plain(String text, String charset) throws Exception {
		MimeMessage message = message();
		message.setText(text, charset);
		return written(message);
	}

	private static String html(String html) throws Exception {
		MimeMessage message = message();
		message.setContent(html, "text/html; charset=UTF-8");
		return written(message);
	}

	private static MimeBodyPart alternative(String text, String html) throws Exception {
		MimeMultipart alternatives = new MimeMultipart("alternative");
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, "UTF-8");
		alternatives.addBodyPart(plain);
		MimeBodyPart rich = new MimeBodyPart();
		rich.setContent(html, "text/html; charset=UTF-8");
		alternatives.addBodyPart(rich);
		MimeBodyPart part = new MimeBodyPart();
		part.setContent(alternatives);
		return part;
	}

	private static String mixed(MimeBodyPart... parts) throws Exception {
		MimeMultipart mixed = new MimeMultipart("mixed");
		for (MimeBodyPart part : parts) {
			mixed.addBodyPart(part);
		}
		MimeMessage message = message();
		message.setContent(mixed);
		return written(message);
	}

	private static MimeMessage message() throws Exception {
		MimeMessage message = new MimeMessage(SESSION);
		message.setFrom(new InternetAddress("Ivan <Ivan@Alfa.example>"));
		message.setRecipients(Message.RecipientType.TO, "sellout+t-abcdefghijklmnopqrstuvwxyz@portal.local");
		message.setSubject("Re: Остатки за ноябрь", "UTF-8");
		return message;
	}

	/** The message as it travels: its bytes, as Latin-1 so that any byte survives. */
	private static String written(MimeMessage message) throws Exception {
		message.saveChanges();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toString(StandardCharsets.ISO_8859_1);
	}

}
