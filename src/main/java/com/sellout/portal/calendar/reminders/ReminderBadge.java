package com.sellout.portal.calendar.reminders;

import com.sellout.portal.identity.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The count of the logged-in person's unread reminders, for the navigation: the layout
 * asks for it as it renders (so neither the API nor another module's controllers pay for
 * it, and identity's pages need not know the calendar).
 */
@Component("calendarReminderBadge")
public class ReminderBadge {

	private final ReminderLog reminders;

	ReminderBadge(ReminderLog reminders) {
		this.reminders = reminders;
	}

	public long unread() {
		return CurrentUser.get().map(me -> reminders.unread(me.id())).orElse(0L);
	}

}
