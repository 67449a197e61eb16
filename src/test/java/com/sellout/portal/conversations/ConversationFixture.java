package com.sellout.portal.conversations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Two distributors of the conversations' tests, CONVA and CONVB, each with an
 * administrator (with e-mail) and a manager, an integration account of CONVA, and one
 * client both are assigned to (ИНН 7728168971) plus one of CONVA's only (ИНН 6645390113);
 * CONVA's manager conva.narrow is restricted (by the test that needs it) to the latter.
 * Reports of 2007, no other test's.
 */
final class ConversationFixture {

	static final String PASSWORD = "conv-password-21";

	static final String SHARED_INN = "7728168971";

	static final String OWN_INN = "6645390113";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static boolean ready;

	private ConversationFixture() {
	}

	interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	static synchronized void ensure(JdbcClient jdbc, UserAccounts users, AsSystem system) {
		if (ready) {
			return;
		}
		system.run(() -> {
			if (jdbc.sql("select count(*) from distributors where code = 'CONVA'").query(Long.class).single() == 0) {
				for (String code : new String[] { "CONVA", "CONVB" }) {
					long id = distributor(jdbc, code, "ООО \"Переписка " + code.substring(4) + "\"", "2026-01-01");
					String login = code.toLowerCase();
					users.register(login + ".admin", PASSWORD, "Админ " + code, login + ".admin@partner.test",
							Role.DISTRIBUTOR_ADMIN, id);
					users.register(login + ".manager", PASSWORD, "Менеджер " + code, login + ".manager@partner.test",
							Role.DISTRIBUTOR_MANAGER, id);
				}
				users.register("conva.narrow", PASSWORD, "Менеджер CONVA по одному клиенту",
						"conva.narrow@partner.test", Role.DISTRIBUTOR_MANAGER,
						jdbc.sql("select id from distributors where code = 'CONVA'").query(Long.class).single());
				users.register("conva.1c", PASSWORD, "1С CONVA", null, Role.INTEGRATION,
						jdbc.sql("select id from distributors where code = 'CONVA'").query(Long.class).single());
				for (String[] client : new String[][] { { SHARED_INN, "ООО \"Общий клиент\"" },
						{ OWN_INN, "ООО \"Щитстрой\"" } }) {
					long clientId = jdbc.sql("select id from clients where inn = ? order by id limit 1")
						.param(client[0])
						.query(Long.class)
						.optional()
						.orElseGet(() -> jdbc.sql("""
								insert into clients (inn, name, status) values (?, ?, 'ACTIVE') returning id""")
							.params(client[0], client[1])
							.query(Long.class)
							.single());
					jdbc.sql("""
							insert into client_assignments (client_id, distributor_id)
							select ?, id from distributors where code = any(?) on conflict do nothing""")
						.params(clientId,
								client[0].equals(SHARED_INN) ? new String[] { "CONVA", "CONVB" }
										: new String[] { "CONVA" })
						.update();
				}
			}
			return null;
		});
		ready = true;
	}

	/** A monthly distributor of these tests, no other test's. */
	static long distributor(JdbcClient jdbc, String code, String name, String contractStart) {
		return jdbc.sql("""
				insert into distributors (code, name, inn, contract_start, reporting_frequency)
				values (?, ?, '7707083893', cast(? as date), 'MONTHLY') returning id""")
			.params(code, name, contractStart)
			.query(Long.class)
			.single();
	}

	static long clientId(JdbcClient jdbc, AsSystem system, String inn) {
		return system.run(() -> jdbc.sql("""
				select c.id from clients c join client_assignments a on a.client_id = c.id
				  join distributors d on d.id = a.distributor_id
				 where c.inn = ? and d.code = 'CONVA' order by c.id limit 1""").param(inn).query(Long.class).single());
	}

	/** A sell-out report of the month with a line of each client, processed. */
	static long report(SellOutIntake intake, long distributorId, YearMonth month) {
		String date = "03.%02d.%d".formatted(month.getMonthValue(), month.getYear());
		String text = "Дата;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n" + date
				+ ";\"ООО \"\"Общий клиент\"\"\";" + SHARED_INN + ";Москва;EL-10001;2;"
				+ (2960 + SEQUENCE.incrementAndGet()) + ",00\n" + date + ";\"ООО \"\"Щитстрой\"\"\";" + OWN_INN
				+ ";Свердловская обл.;EL-10001;3;4440,00\n";
		return intake.receive(IncomingFile
			.of("conv-" + month + "-" + SEQUENCE.incrementAndGet() + ".csv", "text/csv",
					text.getBytes(StandardCharsets.UTF_8))
			.forPeriod(month), Sender.system(distributorId, Channel.PORTAL), Duration.ofSeconds(30)).report().id();
	}

}
