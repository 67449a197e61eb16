package com.sellout.portal.tasks;

import java.time.Duration;
import java.time.LocalDate;

import com.sellout.portal.support.MovableClock;
import com.sellout.portal.tasks.internal.TaskReminders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The due day's reminder, with a clock the test moves: nothing before the day, one mail
 * to the assignee through the outbox on the day however many rounds run, none for a task
 * closed before its day.
 */
class TaskReminderTest extends TasksTestBase {

	@Autowired
	private TaskReminders reminders;

	@Test
	void theAssigneeIsRemindedOnceOnTheDueDay() {
		MovableClock clock = new MovableClock();
		LocalDate today = clock.instant().atZone(Tasks.ZONE).toLocalDate();
		String due = today.plusDays(2).toString();
		long remindedTask = json(post("/api/v1/tasks", "alfa.manager", "{\"title\":\"Напомнить: отгрузка "
				+ System.nanoTime() + "\",\"dueDate\":\"" + due + "\",\"assigneeId\":" + userId("alfa.admin") + "}"))
			.path("id")
			.asLong();
		String title = asSystem(() -> jdbc.sql("select title from tasks where id = ?")
			.param(remindedTask)
			.query(String.class)
			.single());
		long closedTask = json(post("/api/v1/tasks", "alfa.manager",
				"{\"title\":\"Закрыта до срока " + System.nanoTime() + "\",\"dueDate\":\"" + due + "\"}"))
			.path("id")
			.asLong();
		post("/api/v1/tasks/" + closedTask + "/state", "alfa.manager", "{\"state\":\"CANCELLED\"}");

		reminders.run(clock.instant());
		clock.advance(Duration.ofDays(1));
		reminders.run(clock.instant());
		assertThat(mails(title)).as("before the due day").isZero();

		clock.advance(Duration.ofDays(1));
		reminders.run(clock.instant());
		reminders.run(clock.instant());
		clock.advance(Duration.ofHours(3));
		reminders.run(clock.instant());
		assertThat(mails(title)).as("on the due day, once").isEqualTo(1);
		String recipient = asSystem(() -> jdbc.sql("select recipient from outgoing_mails where subject like ?")
			.param("%" + title + "%")
			.query(String.class)
			.single());
		String email = asSystem(
				() -> jdbc.sql("select email from users where login = 'alfa.admin'").query(String.class).single());
		assertThat(recipient).isEqualTo(email);
		String body = asSystem(() -> jdbc.sql("select body from outgoing_mails where subject like ?")
			.param("%" + title + "%")
			.query(String.class)
			.single());
		assertThat(body).contains("/tasks/" + remindedTask);
		String closedTitle = asSystem(
				() -> jdbc.sql("select title from tasks where id = ?").param(closedTask).query(String.class).single());
		assertThat(mails(closedTitle)).as("a cancelled task").isZero();

		clock.advance(Duration.ofDays(1));
		reminders.run(clock.instant());
		assertThat(mails(title)).as("not again the day after").isEqualTo(1);
	}

	private long mails(String title) {
		return asSystem(() -> jdbc.sql("select count(*) from outgoing_mails where subject like ?")
			.param("%" + title + "%")
			.query(Long.class)
			.single());
	}

}
