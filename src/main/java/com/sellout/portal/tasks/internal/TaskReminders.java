package com.sellout.portal.tasks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.messaging.Outbox;
import com.sellout.portal.messaging.OutgoingMail;
import com.sellout.portal.tasks.Tasks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One round of due-day reminders at an instant: each open task due that day (in the due
 * days' zone) not reminded yet is claimed and its mail to the assignee queued in one
 * transaction, so a task is reminded once however many rounds (or nodes) run. An assignee
 * without an address or no longer active is skipped, the task still claimed.
 */
@Component
public class TaskReminders {

	private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final UserAccounts users;

	private final Outbox outbox;

	private final MailSettings mail;

	private final MessageSource messages;

	TaskReminders(JdbcClient jdbc, ScopedTransactions transactions, UserAccounts users, Outbox outbox,
			MailSettings mail, MessageSource messages) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.users = users;
		this.outbox = outbox;
		this.mail = mail;
		this.messages = messages;
	}

	record Due(long id, @Nullable Long distributorId, String title, @Nullable String description, LocalDate dueDate,
			long assigneeId) {
	}

	/** Sends the reminders due at this instant; answers how many mails it queued. */
	public int run(Instant now) {
		LocalDate today = now.atZone(Tasks.ZONE).toLocalDate();
		List<Due> due = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("""
						select id, distributor_id, title, description, due_date, assignee_id from tasks
						 where due_date = ? and reminded_at is null and state in ('OPEN', 'IN_PROGRESS') order by id""")
					.param(today)
					.query(Due.class)
					.list());
		int sent = 0;
		for (Due task : due) {
			try {
				if (remind(task, now)) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Reminder of task {} not sent: {}", task.id(), ex.toString());
			}
		}
		return sent;
	}

	private boolean remind(Due task, Instant now) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			boolean claimed = jdbc.sql("update tasks set reminded_at = ? where id = ? and reminded_at is null")
				.params(Timestamp.from(now), task.id())
				.update() == 1;
			if (!claimed) {
				return false;
			}
			Optional<UserAccount> assignee = users.find(task.assigneeId())
				.filter(u -> u.active() && u.email() != null && !u.email().isBlank());
			if (assignee.isEmpty()) {
				return false;
			}
			long mailId = outbox.queue(mail(task, assignee.get()));
			jdbc.sql("update tasks set reminder_mail_id = ? where id = ?").params(mailId, task.id()).update();
			return true;
		});
	}

	private OutgoingMail mail(Due task, UserAccount to) {
		Locale language = Locale.forLanguageTag(to.language() == null ? "ru" : to.language());
		Object[] arguments = { Assignees.nameOf(to), task.title(),
				DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(task.dueDate()),
				task.description() == null ? "" : task.description(), mail.link("/tasks/" + task.id()) };
		return new OutgoingMail(MailKind.NOTIFICATION, task.distributorId(), to.email(),
				messages.getMessage("tasks.reminder.subject", arguments, language),
				messages.getMessage("tasks.reminder.body", arguments, language), null);
	}

}
