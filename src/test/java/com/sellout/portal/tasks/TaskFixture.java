package com.sellout.portal.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.conversations.NewThread;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.Sender;
import com.sellout.portal.support.TestInns;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tasks' tests link to, made once in the shared database: a client of ALFA's
 * only and one of BETA's only (ИНН of seeds 2_424_001 and 2_424_002), a sell-out report
 * of each for May 2031, and a conversation of each.
 */
final class TaskFixture {

	static final String ALFA_CLIENT_INN = TestInns.organisation(2_424_001);

	static final String BETA_CLIENT_INN = TestInns.organisation(2_424_002);

	static final YearMonth MONTH = YearMonth.of(2031, 5);

	interface As {

		<T> T run(String login, Supplier<T> work);

	}

	interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	record Objects(long alfaClient, long betaClient, long alfaReport, long betaReport, long alfaThread,
			long betaThread) {
	}

	private static Objects objects;

	private TaskFixture() {
	}

	static synchronized Objects ensure(JdbcClient jdbc, AsSystem system, As as, SellOutIntake intake,
			Conversations conversations) {
		if (objects != null) {
			return objects;
		}
		long alfaClient = client(jdbc, system, ALFA_CLIENT_INN, "ООО \"Задачи Альфа\"", "ALFA");
		long betaClient = client(jdbc, system, BETA_CLIENT_INN, "ООО \"Задачи Бета\"", "BETA");
		long alfaReport = report(intake, system.run(() -> id(jdbc, "ALFA")), ALFA_CLIENT_INN);
		long betaReport = report(intake, system.run(() -> id(jdbc, "BETA")), BETA_CLIENT_INN);
		long alfaThread = as.run("alfa.manager",
				() -> conversations
					.open(new NewThread(null, "Задачи: вопрос ALFA", About.general(),
							new NewMessage("Вопрос ALFA", false, List.of(), Via.PORTAL)))
					.id());
		long betaThread = as.run("beta.manager",
				() -> conversations
					.open(new NewThread(null, "Задачи: вопрос BETA", About.general(),
							new NewMessage("Вопрос BETA", false, List.of(), Via.PORTAL)))
					.id());
		objects = new Objects(alfaClient, betaClient, alfaReport, betaReport, alfaThread, betaThread);
		return objects;
	}

	private static long id(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from distributors where code = ?").param(code).query(Long.class).single();
	}

	private static long client(JdbcClient jdbc, AsSystem system, String inn, String name, String code) {
		return system.run(() -> {
			long id = jdbc.sql("select id from clients where inn = ? order by id limit 1")
				.param(inn)
				.query(Long.class)
				.optional()
				.orElseGet(
						() -> jdbc.sql("insert into clients (inn, name, status) values (?, ?, 'ACTIVE') returning id")
							.params(inn, name)
							.query(Long.class)
							.single());
			jdbc.sql("""
					insert into client_assignments (client_id, distributor_id)
					select ?, id from distributors where code = ? on conflict do nothing""").params(id, code).update();
			return id;
		});
	}

	private static long report(SellOutIntake intake, long distributorId, String inn) {
		String date = "03.%02d.%d".formatted(MONTH.getMonthValue(), MONTH.getYear());
		String text = "Дата;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n" + date
				+ ";\"ООО \"\"Клиент\"\"\";" + inn + ";Москва;EL-10001;2;2960,00\n";
		return intake
			.receive(IncomingFile
				.of("tasks-" + distributorId + ".csv", "text/csv", text.getBytes(StandardCharsets.UTF_8))
				.forPeriod(MONTH), Sender.system(distributorId, Channel.PORTAL), Duration.ofSeconds(30))
			.report()
			.id();
	}

}
