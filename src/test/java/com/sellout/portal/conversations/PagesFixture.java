package com.sellout.portal.conversations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.Sender;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Distributors of the conversations' page tests, no other test's: CNV21A (an
 * administrator and a manager) and CNV21B (an administrator), under contract since 2008;
 * their reports are of months of 2009, which no other test uses.
 */
final class PagesFixture {

	static final String PASSWORD = "cnv-password-21";

	static final String NAME_A = "ООО \"Переписка А\"";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static boolean ready;

	private PagesFixture() {
	}

	static synchronized void ensure(JdbcClient jdbc, UserAccounts users, ConversationFixture.AsSystem system) {
		if (ready) {
			return;
		}
		system.run(() -> {
			if (jdbc.sql("select count(*) from distributors where code = 'CNV21A'").query(Long.class).single() == 0) {
				for (String code : new String[] { "CNV21A", "CNV21B" }) {
					long id = ConversationFixture.distributor(jdbc, code,
							code.equals("CNV21A") ? NAME_A : "ООО \"Переписка Б\"", "2008-01-01");
					String login = code.toLowerCase();
					users.register(login + ".admin", PASSWORD, "Админ " + code, null, Role.DISTRIBUTOR_ADMIN, id);
					if (code.equals("CNV21A")) {
						users.register(login + ".manager", PASSWORD, "Менеджер " + code, null, Role.DISTRIBUTOR_MANAGER,
								id);
					}
				}
			}
			return null;
		});
		ready = true;
	}

	/** A sales report of the month received and processed: one line per quantity. */
	static long report(SellOutIntake intake, long distributorId, YearMonth month, int... quantities) {
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
		SellOutIntake.Received received = intake.receive(
				IncomingFile.of("sales-" + month + ".csv", "text/csv", text.toString().getBytes(StandardCharsets.UTF_8))
					.forPeriod(month),
				Sender.system(distributorId, Channel.PORTAL), Duration.ofSeconds(30));
		return received.report().id();
	}

}
