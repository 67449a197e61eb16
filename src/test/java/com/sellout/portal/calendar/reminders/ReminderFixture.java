package com.sellout.portal.calendar.reminders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.Supplier;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.ReportKind;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two distributors of the reminders' own (REM1, REM2; contracts from 2044, so that no
 * other test's calendar sees them) and their people: REM1's administrator (Russian), its
 * manager (English), one without an e-mail, an inactive one and an integration account;
 * REM2's administrator; the manufacturer's analyst who answers for REM1 and one who does
 * not. Set up once per database.
 */
final class ReminderFixture {

	static final String PASSWORD = "rem-password-20";

	static final String REM1 = "REM1";

	static final String REM2 = "REM2";

	static final String ADMIN = "rem1.admin";

	static final String MANAGER = "rem1.manager";

	static final String NO_MAIL = "rem1.nomail";

	static final String INACTIVE = "rem1.inactive";

	static final String INTEGRATION = "rem1.1c";

	static final String OTHER_ADMIN = "rem2.admin";

	static final String RESPONSIBLE = "rem.responsible";

	static final String OTHER_ANALYST = "rem.analyst";

	private static boolean ready;

	private ReminderFixture() {
	}

	interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	static synchronized void ensure(JdbcClient jdbc, UserAccounts users, AsSystem system) {
		if (ready) {
			return;
		}
		system.run(() -> {
			if (jdbc.sql("select count(*) from distributors where code = ?")
				.param(REM1)
				.query(Long.class)
				.single() > 0) {
				return null;
			}
			long one = distributor(jdbc, REM1, "ООО «Напоминание»");
			long two = distributor(jdbc, REM2, "ООО «Другой»");
			users.register(ADMIN, PASSWORD, "Анна Админова", "rem1.admin@rem.test", Role.DISTRIBUTOR_ADMIN, one);
			long manager = users.register(MANAGER, PASSWORD, "Mary Manager", "rem1.manager@rem.test",
					Role.DISTRIBUTOR_MANAGER, one);
			jdbc.sql("update users set language = 'en' where id = ?").param(manager).update();
			users.register(NO_MAIL, PASSWORD, "Без Почты", null, Role.DISTRIBUTOR_MANAGER, one);
			long inactive = users.register(INACTIVE, PASSWORD, "Ушедший Сотрудник", "rem1.inactive@rem.test",
					Role.DISTRIBUTOR_MANAGER, one);
			jdbc.sql("update users set active = false where id = ?").param(inactive).update();
			users.register(INTEGRATION, PASSWORD, "1С Напоминание", "rem1.1c@rem.test", Role.INTEGRATION, one);
			users.register(OTHER_ADMIN, PASSWORD, "Борис Другой", "rem2.admin@rem.test", Role.DISTRIBUTOR_ADMIN, two);
			long responsible = users.register(RESPONSIBLE, PASSWORD, "Ольга Ответственная", "rem.responsible@rem.test",
					Role.ANALYST, null);
			users.register(OTHER_ANALYST, PASSWORD, "Пётр Посторонний", "rem.analyst@rem.test", Role.ANALYST, null);
			jdbc.sql("update distributors set responsible_user_id = ? where id = ?").params(responsible, one).update();
			return null;
		});
		ready = true;
	}

	private static long distributor(JdbcClient jdbc, String code, String name) {
		return jdbc.sql(
				"insert into distributors (code, name, inn, contract_start) values (?, ?, '7707083893', date '2044-01-01') returning id")
			.params(code, name)
			.query(Long.class)
			.single();
	}

	/**
	 * A monthly sell-out submission of the distributor as the calendar would give it, due
	 * on the day, in Moscow.
	 */
	static Submission submission(long distributorId, String code, YearMonth period, LocalDate dueDate,
			SubmissionState state) {
		ZoneId moscow = ZoneId.of("Europe/Moscow");
		OffsetDateTime dueAt = dueDate.plusDays(1).atStartOfDay(moscow).toOffsetDateTime();
		return new Submission(distributorId, code, "ООО «Напоминание»", ReportKind.SELLOUT, period, 0, dueDate, dueAt,
				dueAt.plusDays(5), state, null, null, null, null, false);
	}

}
