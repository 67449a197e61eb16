package com.sellout.portal.calendar.reminders;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.calendar.ReportingRules;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.calendar.WorkingDays;
import com.sellout.portal.calendar.reminders.ReminderRecipients.Recipient;
import com.sellout.portal.calendar.reminders.ReminderSchedule.Due;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One round of reminders at an instant: every submission not met of the last months, the
 * rules it calls for now, each to each of its recipients — the reminder claimed and its
 * mail queued in one transaction, so that a rule reaches a person once however many
 * rounds (or nodes) run at that moment.
 */
@Component
class ReminderRound {

	private static final Logger log = LoggerFactory.getLogger(ReminderRound.class);

	private final Submissions submissions;

	private final ReportingRules rules;

	private final WorkingDays workingDays;

	private final ReminderRecipients recipients;

	private final ReminderLog reminders;

	private final ReminderTexts texts;

	private final Outbox outbox;

	private final ScopedTransactions transactions;

	private final ReminderSettings settings;

	ReminderRound(Submissions submissions, ReportingRules rules, WorkingDays workingDays, ReminderRecipients recipients,
			ReminderLog reminders, ReminderTexts texts, Outbox outbox, ScopedTransactions transactions,
			ReminderSettings settings) {
		this.submissions = submissions;
		this.rules = rules;
		this.workingDays = workingDays;
		this.recipients = recipients;
		this.reminders = reminders;
		this.texts = texts;
		this.outbox = outbox;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** Sends what is due at this instant; answers how many reminders it recorded. */
	int run(Instant now) {
		// the earliest zone's month is the latest; a month more either way costs nothing
		YearMonth from = YearMonth.from(now.atZone(ZoneId.of("Europe/Moscow")))
			.minusMonths(settings.lookbackMonths() + 1L);
		List<Submission> owed = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> submissions.find(new SubmissionFilter(from, null, null, null, null), now)
					.stream()
					.filter(submission -> !submission.state().isMet())
					.toList());
		return remind(owed, now);
	}

	/** Sends what these submissions call for at this instant. */
	int remind(List<Submission> owed, Instant now) {
		ReminderSchedule schedule = settings.schedule();
		Map<Long, ReportingRule> terms = new HashMap<>();
		Map<Long, List<Recipient>> people = new HashMap<>();
		Map<Long, Optional<Recipient>> managers = new HashMap<>();
		int sent = 0;
		for (Submission submission : owed) {
			try {
				ReportingRule rule = terms.computeIfAbsent(submission.distributorId(), this::termsOf);
				for (Due due : schedule.due(submission, rule, workingDays, now)) {
					List<Recipient> to = due.rule().isEscalation()
							? managers.computeIfAbsent(submission.distributorId(), this::managerOf).stream().toList()
							: people.computeIfAbsent(submission.distributorId(), this::peopleOf);
					for (Recipient recipient : to) {
						if (send(submission, due, recipient, rule.zone(), now)) {
							sent++;
						}
					}
				}
			}
			catch (RuntimeException ex) {
				// one distributor's trouble does not keep the others' reminders back
				log.warn("Reminders for {} {} {} not sent: {}", submission.distributorCode(), submission.kind(),
						submission.period(), ex.toString());
			}
		}
		return sent;
	}

	/** One reminder to one person, once: the claim and the mail commit together. */
	private boolean send(Submission submission, Due due, Recipient recipient, ZoneId zone, Instant now) {
		boolean emailed = recipient.choice().byEmail();
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Optional<Long> claimed = reminders.claim(submission, due.rule(), due.day(), recipient, emailed, zone, now);
			if (claimed.isEmpty()) {
				return false;
			}
			if (emailed) {
				reminders.attachMail(claimed.get(), outbox.queue(texts.mail(submission, due.rule(), recipient)));
			}
			return true;
		});
	}

	private ReportingRule termsOf(long distributorId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> rules.of(distributorId));
	}

	private List<Recipient> peopleOf(long distributorId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> recipients.ofDistributor(distributorId));
	}

	private Optional<Recipient> managerOf(long distributorId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> recipients.responsibleManager(distributorId));
	}

}
