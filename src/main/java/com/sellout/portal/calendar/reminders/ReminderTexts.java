package com.sellout.portal.calendar.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.reminders.ReminderRecipients.Recipient;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.messaging.OutgoingMail;
import com.sellout.portal.sellout.ReportKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a reminder, in its recipient's language: the mail (with a link to where it
 * is done) and how the list names its submission.
 */
@Component("calendarReminderTexts")
public class ReminderTexts {

	private final MessageSource messages;

	private final MailSettings mail;

	private final ReminderSettings settings;

	ReminderTexts(MessageSource messages, MailSettings mail, ReminderSettings settings) {
		this.messages = messages;
		this.mail = mail;
		this.settings = settings;
	}

	OutgoingMail mail(Submission submission, ReminderRule rule, Recipient recipient) {
		Locale language = Locale.forLanguageTag(recipient.language());
		String report = report(submission.kind(), submission.period(), submission.week(), language);
		Object[] arguments = { recipient.name(), submission.distributorName(), report,
				date(submission.dueDate(), language), state(submission.state(), language),
				mail.link(rule.isEscalation() ? "/distributors/" + submission.distributorId() : whereDone(submission)),
				mail.link("/calendar/reminders/settings"), settings.escalateAfter(), submission.distributorCode() };
		String subject = messages.getMessage("calendar.reminders.mail.subject." + rule, arguments, language);
		String body = messages.getMessage("calendar.reminders.mail.body." + rule, arguments, language)
				+ messages.getMessage("calendar.reminders.mail.footer", arguments, language);
		return new OutgoingMail(MailKind.NOTIFICATION, submission.distributorId(), recipient.email(), subject, body,
				null);
	}

	/**
	 * Where the distributor does what the submission needs: the report waiting for a
	 * person or to be corrected, else the upload.
	 */
	static String whereDone(Submission submission) {
		boolean report = submission.reportId() != null && (submission.state() == SubmissionState.WAITING_FOR_YOU
				|| submission.state() == SubmissionState.CORRECTION_REQUESTED);
		if (report) {
			return (submission.kind() == ReportKind.STOCK ? "/sellout/stock-reports/" : "/sellout/reports/")
					+ submission.reportId();
		}
		return submission.kind() == ReportKind.STOCK ? "/sellout/upload?kind=STOCK" : "/sellout/upload";
	}

	/** «отчёт о продажах за апрель 2026, неделя 2». */
	public String report(ReportKind kind, YearMonth period, int week, Locale language) {
		String month = DateTimeFormatter.ofPattern("LLLL yyyy", language).format(period);
		String text = messages.getMessage("calendar.reminders.report." + kind, new Object[] { month }, language);
		return week == 0 ? text
				: text + messages.getMessage("calendar.reminders.week", new Object[] { week }, language);
	}

	public String report(ReportKind kind, LocalDate period, int week, Locale language) {
		return report(kind, YearMonth.from(period), week, language);
	}

	/** «8 мая 2026». */
	public String date(LocalDate day, Locale language) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(day);
	}

	private String state(SubmissionState state, Locale language) {
		return messages.getMessage("calendar.reminders.state." + state, null, language);
	}

}
