package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.Receiving;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal in a JVM of its own, for {@link SellOutCrashTest}: "send" stores a large
 * report and reports its status until the JVM is killed; "resume" starts on the same
 * data, lets the portal finish what was left, and prints the report's totals.
 */
public final class CrashFixture {

	static final int LINES = 400_000;

	private CrashFixture() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.database.data-dir=" + args[1], "--portal.demo.enabled=true",
					"--portal.demo.sellout=false", "--portal.database.durable=true", "--logging.level.root=warn"));
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		if (mode.equals("send")) {
			long alfa = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select id from distributors where code = 'ALFA'").query(Long.class).single());
			SellOutIntake intake = context.getBean(SellOutIntake.class);
			SellOutIntake.Received received = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> Receiving.receive(intake, alfa, Channel.FTP, "big.csv", "text/csv", file(),
							YearMonth.of(2026, 10), null, Duration.ZERO));
			System.out.println("RECEIVED " + received.report().id());
			while (true) {
				System.out.println("STATUS " + status(jdbc, transactions, received.report().id()));
				Thread.sleep(100);
			}
		}
		long id = Long.parseLong(args[2]);
		String status;
		do {
			Thread.sleep(200);
			status = status(jdbc, transactions, id);
		}
		while (status.equals("RECEIVED") || status.equals("PROCESSING"));
		String totals = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("""
							select r.status || ' ' || r.lines || ' ' || r.accepted_lines || ' ' || r.accepted_quantity || ' '
							       || r.accepted_amount_net || ' ' || (select count(*) from sellout_lines l where l.report_id = r.id)
							       || ' ' || (select count(*) from sellout_reports) || ' '
							       || (extract(epoch from r.processed_at) * 1000)::bigint
							  from sellout_reports r where r.id = ?""")
					.param(id)
					.query(String.class)
					.single());
		System.out.println("DONE " + totals);
		context.close();
		System.exit(0);
	}

	private static String status(JdbcClient jdbc, ScopedTransactions transactions, long id) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select status from sellout_reports where id = ?")
					.param(id)
					.query(String.class)
					.single());
	}

	/** Sales to a registered client, quantities 1–5 at 1,000 a piece. */
	static byte[] file() {
		StringBuilder csv = new StringBuilder(LINES * 80)
			.append("Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n");
		for (int i = 0; i < LINES; i++) {
			int quantity = 1 + i % 5;
			csv.append(String.format("%02d.10.2026", 1 + i % 28))
				.append(";ООО \"\"Щитстрой\"\";6645390113;EL-1")
				.append(String.format("%04d", 1 + i % 40))
				.append(';')
				.append(quantity)
				.append(';')
				.append(quantity * 1000)
				.append('\n');
		}
		return csv.toString()
			.replace(";ООО \"\"Щитстрой\"\";", ";\"ООО \"\"Щитстрой\"\"\";")
			.getBytes(StandardCharsets.UTF_8);
	}

	static BigDecimal expectedQuantity() {
		long total = 0;
		for (int i = 0; i < LINES; i++) {
			total += 1 + i % 5;
		}
		return BigDecimal.valueOf(total);
	}

}
