package com.sellout.portal.calendar.reminders;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice of reminders ({@code calendar_reminder_settings}). */
@Component
class ReminderChoices {

	private final JdbcClient jdbc;

	ReminderChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ReminderChoice of(long userId) {
		return jdbc.sql("select reminders, by_email, escalations from calendar_reminder_settings where user_id = ?")
			.param(userId)
			.query(ReminderChoice.class)
			.optional()
			.orElse(ReminderChoice.DEFAULTS);
	}

	/**
	 * Stores a person's choice; the caller makes sure it is their own (the distributor is
	 * theirs, null for the manufacturer's users).
	 */
	@Transactional
	public void save(long userId, @Nullable Long distributorId, ReminderChoice choice) {
		jdbc.sql("""
				insert into calendar_reminder_settings (user_id, distributor_id, reminders, by_email, escalations)
				values (?, ?, ?, ?, ?)
				on conflict (user_id) do update set distributor_id = excluded.distributor_id,
				       reminders = excluded.reminders, by_email = excluded.by_email,
				       escalations = excluded.escalations, updated_at = now()""")
			.params(userId, distributorId, choice.reminders(), choice.byEmail(), choice.escalations())
			.update();
	}

}
