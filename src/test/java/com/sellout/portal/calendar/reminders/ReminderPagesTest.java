package com.sellout.portal.calendar.reminders;

import java.net.http.HttpResponse;

import com.sellout.portal.calendar.CalendarFixture;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders' pages as people use them: a distributor's user turns off the e-mail on
 * «Мои напоминания» with the form the page renders (and the choice is stored, the rest
 * kept); the list of reminders sent shows a distributor's own and none of another's, the
 * manufacturer both.
 */
class ReminderPagesTest extends PortalTest {

	@Autowired
	private UserAccounts users;

	@Autowired
	private ReminderChoices choices;

	@BeforeEach
	void distributors() {
		CalendarFixture.ensure(jdbc, users, this::asSystem);
	}

	@Test
	void aPersonTurnsOffTheMailWithTheFormThePageRenders() {
		long me = userId("cal20w.admin");
		PortalHttp http = browser().loggedInAs("cal20w.admin", CalendarFixture.PASSWORD);
		PageForm form = PageForm.on(http, "/calendar/reminders/settings", "form[data-testid=reminder-settings]");
		HttpResponse<String> saved = form.tick("byEmail", false).submit();
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(http.get("/calendar/reminders/settings").body()).contains("role=\"status\"");
		ReminderChoice choice = asSystem(() -> choices.of(me));
		assertThat(choice.byEmail()).isFalse();
		assertThat(choice.reminders()).as("what was not unticked stays").isTrue();
	}

	@Test
	void theListShowsADistributorItsOwnRemindersAndNoneOfAnothers() {
		long own = distributorId("CAL20N");
		long other = distributorId("CAL20X");
		asSystem(() -> {
			for (long[] sent : new long[][] { { own, userId("cal20n.admin") }, { other, userId("cal20x.admin") } }) {
				jdbc.sql(
						"""
								insert into calendar_reminders (distributor_id, kind, period, rule, rule_day, user_id, recipient_name,
								                                emailed, due_date, state, zone, sent_at)
								values (?, 'SELLOUT', date '2026-04-01', 'OVERDUE', date '2026-05-12', ?, ?, false,
								        date '2026-05-08', 'OVERDUE', 'Europe/Moscow', now())
								on conflict do nothing""")
					.params(sent[0], sent[1], "Получатель " + sent[0])
					.update();
			}
			return null;
		});
		String page = browser().loggedInAs("cal20n.admin", CalendarFixture.PASSWORD).get("/calendar/reminders").body();
		assertThat(page).contains("Получатель " + own).doesNotContain("Получатель " + other).doesNotContain("CAL20X");
		String all = browser().loggedInAs("analyst", "demo").get("/calendar/reminders").body();
		assertThat(all).contains("Получатель " + own).contains("Получатель " + other);
	}

}
