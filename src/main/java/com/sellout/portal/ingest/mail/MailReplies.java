package com.sellout.portal.ingest.mail;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.ingest.internal.DeliveryAnswer;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.messaging.Outbox;
import com.sellout.portal.messaging.OutgoingMail;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The answer to an e-mail delivery: a reply to the sender with the result of each file.
 */
@Component
class MailReplies implements DeliveryAnswer {

	private final Outbox outbox;

	private final MessageSource messages;

	private final MailSettings mail;

	MailReplies(Outbox outbox, MessageSource messages, MailSettings mail) {
		this.outbox = outbox;
		this.messages = messages;
		this.mail = mail;
	}

	@Override
	public String channel() {
		return "EMAIL";
	}

	@Override
	public void answer(OpenDelivery delivery, List<FileResult> files, Locale language) {
		if (delivery.sender() == null || delivery.sender().isBlank()) {
			return;
		}
		StringBuilder body = new StringBuilder(text(language, "mail.reply.greeting")).append("\n\n");
		String subject = delivery.subject() == null ? "" : delivery.subject();
		body.append(text(language, "mail.reply.intro", subject)).append("\n\n");
		if (files.isEmpty()) {
			body.append(text(language, "delivery.noFiles")).append("\n");
		}
		int number = 1;
		for (FileResult file : files) {
			body.append(number++).append(". ").append(file.fileName()).append(" — ");
			SellOutReport report = file.report();
			if (report == null) {
				body.append(text(language, "mail.reply.refused", file.reason()));
			}
			else {
				body.append(text(language, "sellout.status." + report.status().name()));
				if (!file.newReport()) {
					body.append(" (").append(text(language, "mail.reply.duplicate")).append(")");
				}
				if (file.reason() != null) {
					body.append(": ").append(file.reason());
				}
				else {
					body.append(". ")
						.append(report.kind() == ReportKind.STOCK
								? text(language, "mail.reply.stockCounts",
										report.asOf() == null ? "—"
												: report.asOf().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
										report.lines(), report.acceptedLines(), report.exceptions())
								: text(language, "mail.reply.counts", report.period(), report.lines(),
										report.acceptedLines(), report.exceptions()));
				}
				body.append("\n   ").append(mail.link("/sellout/reports/" + report.id()));
			}
			body.append("\n");
		}
		body.append("\n").append(text(language, "mail.reply.signature")).append("\n");
		String inReplyTo = delivery.messageKey() != null && delivery.messageKey().startsWith("<")
				? delivery.messageKey() : null;
		outbox.queue(new OutgoingMail(MailKind.REPLY, delivery.distributorId(), delivery.sender(),
				subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject, body.toString(), inReplyTo));
	}

	private String text(Locale language, String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, language);
	}

}
