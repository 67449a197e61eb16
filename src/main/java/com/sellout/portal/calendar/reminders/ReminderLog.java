package com.sellout.portal.calendar.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.reminders.ReminderRecipients.Recipient;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders sent ({@code calendar_reminders}): claimed once per submission, rule, day
 * and person, listed in the reader's scope, read by their recipient.
 */
@Component
class ReminderLog {

	/** A reminder as the list shows it. */
	public record SentReminder(long id, long distributorId, ReportKind kind, LocalDate period, int week,
			ReminderRule rule, LocalDate ruleDay, long userId, String recipientName, @Nullable String recipientEmail,
			boolean emailed, LocalDate dueDate, SubmissionState state, String zone, OffsetDateTime sentAt,
			@Nullable OffsetDateTime readAt) {

		public boolean isEscalation() {
			return rule.isEscalation();
		}

		/** When it was sent, in the distributor's zone (the due day's). */
		public OffsetDateTime localSentAt() {
			return sentAt.atZoneSameInstant(ZoneId.of(zone)).toOffsetDateTime();
		}

	}

	private static final String SCOPED = "(:all or distributor_id = :own)";

	private final JdbcClient jdbc;

	ReminderLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the reminder unless it was recorded before (by this run or another node's):
	 * its id when this call recorded it. Waits for a concurrent claim of the same key to
	 * end, so only one of two racing transactions gets an id.
	 */
	Optional<Long> claim(Submission submission, ReminderRule rule, LocalDate day, Recipient recipient, boolean emailed,
			ZoneId zone, Instant now) {
		return jdbc.sql("""
				insert into calendar_reminders (distributor_id, kind, period, week, rule, rule_day, user_id,
				       recipient_name, recipient_email, emailed, due_date, state, zone, sent_at)
				values (:distributor, :kind, :period, :week, :rule, :day, :user, :name, :email, :emailed, :due,
				        :state, :zone, :sentAt)
				on conflict on constraint calendar_reminders_once do nothing
				returning id""")
			.param("distributor", submission.distributorId())
			.param("kind", submission.kind().name())
			.param("period", submission.period().atDay(1))
			.param("week", submission.week())
			.param("rule", rule.name())
			.param("day", day)
			.param("user", recipient.userId())
			.param("name", recipient.name())
			.param("email", recipient.email())
			.param("emailed", emailed)
			.param("due", submission.dueDate())
			.param("state", submission.state().name())
			.param("zone", zone.getId())
			.param("sentAt", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	void attachMail(long reminderId, long mailId) {
		jdbc.sql("update calendar_reminders set mail_id = ? where id = ?").params(mailId, reminderId).update();
	}

	/**
	 * The reminders of the reader's scope, newest first; escalations (the manufacturer's
	 * own business) only when asked.
	 */
	@Transactional(readOnly = true)
	public PageSlice<SentReminder> list(boolean withEscalations, int page, int size) {
		DataScope scope = DataScopes.current();
		String where = " where " + SCOPED + " and (:escalations or rule <> 'ESCALATION')";
		long total = jdbc.sql("select count(*) from calendar_reminders" + where)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("escalations", withEscalations)
			.query(Long.class)
			.single();
		List<SentReminder> items = jdbc.sql("""
				select id, distributor_id, kind, period, week, rule, rule_day, user_id, recipient_name,
				       recipient_email, emailed, due_date, state, zone, sent_at, read_at
				  from calendar_reminders""" + where + " order by sent_at desc, id desc limit :limit offset :offset")
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("escalations", withEscalations)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(SentReminder.class)
			.list();
		return new PageSlice<>(items, page, size, total);
	}

	/** How many of a person's reminders they have not seen, in the reader's scope. */
	@Transactional(readOnly = true)
	public long unread(long userId) {
		DataScope scope = DataScopes.current();
		return jdbc
			.sql("select count(*) from calendar_reminders where user_id = :user and read_at is null and " + SCOPED)
			.param("user", userId)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(Long.class)
			.single();
	}

	/** Marks a person's reminders read: they opened the list. */
	@Transactional
	public int markRead(long userId) {
		DataScope scope = DataScopes.current();
		return jdbc
			.sql("update calendar_reminders set read_at = now() where user_id = :user and read_at is null and "
					+ SCOPED)
			.param("user", userId)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.update();
	}

}
