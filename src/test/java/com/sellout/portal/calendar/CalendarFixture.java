package com.sellout.portal.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.Sender;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Distributors of the calendar's tests, no other test's: CAL20M (monthly, Moscow), CAL20W
 * (weekly), CAL20Q (quarterly), CAL20V (monthly, its own zone set by a test), CAL20N
 * (monthly, for «продаж не было»), CAL20X (another distributor) — all under contract
 * since January 2026 — with an administrator of each (password {@link #PASSWORD}) and an
 * integration account of CAL20N. Reports go through the real door; a test then moves the
 * time a version was accepted to the instant its case needs.
 */
public final class CalendarFixture {

	public static final String PASSWORD = "cal-password-20";

	/** Makes every file's bytes its own (the door takes the same bytes once). */
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static boolean ready;

	private CalendarFixture() {
	}

	/** PortalTest's asSystem, handed in. */
	public interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	public static synchronized void ensure(JdbcClient jdbc, UserAccounts users, AsSystem system) {
		if (ready) {
			return;
		}
		system.run(() -> {
			if (jdbc.sql("select count(*) from distributors where code = 'CAL20M'").query(Long.class).single() == 0) {
				for (String[] d : new String[][] { { "CAL20M", "MONTHLY" }, { "CAL20W", "WEEKLY" },
						{ "CAL20Q", "QUARTERLY" }, { "CAL20V", "MONTHLY" }, { "CAL20N", "MONTHLY" },
						{ "CAL20X", "MONTHLY" } }) {
					long id = jdbc.sql("""
							insert into distributors (code, name, inn, contract_start, reporting_frequency)
							values (?, ?, '7707083893', date '2026-01-01', ?) returning id""")
						.params(d[0], "ООО \"Календарь " + d[0].substring(5) + "\"", d[1])
						.query(Long.class)
						.single();
					users.register(d[0].toLowerCase() + ".admin", PASSWORD, "Админ " + d[0], null,
							Role.DISTRIBUTOR_ADMIN, id);
					if (d[0].equals("CAL20N")) {
						users.register("cal20n.1c", PASSWORD, "1С " + d[0], null, Role.INTEGRATION, id);
					}
				}
			}
			return null;
		});
		ready = true;
	}

	/** A sales file of the month: one line per quantity given, dated its 3rd. */
	static byte[] sales(YearMonth month, int... quantities) {
		StringBuilder text = new StringBuilder("Дата;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n");
		String date = "03.%02d.%d".formatted(month.getMonthValue(), month.getYear());
		for (int quantity : quantities) {
			text.append(date)
				.append(";\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;")
				.append(quantity)
				.append(";")
				.append(quantity * 1480 + SEQUENCE.incrementAndGet() % 1000)
				.append(",00\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A report of the month received and processed, as the portal itself sends it. */
	static long accept(SellOutIntake intake, long distributorId, YearMonth month, int... quantities) {
		SellOutIntake.Received received = intake.receive(
				IncomingFile.of("sales-" + month + ".csv", "text/csv", sales(month, quantities)).forPeriod(month),
				Sender.system(distributorId, Channel.PORTAL), Duration.ofSeconds(30));
		return received.report().id();
	}

	/**
	 * The report's present time as its month's active report began at the instant given.
	 */
	static void acceptedAt(JdbcClient jdbc, long reportId, String instant) {
		jdbc.sql("update sellout_report_activations set started_at = ? where report_id = ? and ended_at is null")
			.params(OffsetDateTime.parse(instant), reportId)
			.update();
	}

	/** The report's last time as active ended at the instant given. */
	static void endedAt(JdbcClient jdbc, long reportId, String instant) {
		jdbc.sql("""
				update sellout_report_activations set ended_at = ?
				 where report_id = ? and started_at = (select max(started_at) from sellout_report_activations
				                                       where report_id = ?)""")
			.params(OffsetDateTime.parse(instant), reportId, reportId)
			.update();
	}

}
