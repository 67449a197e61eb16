package com.sellout.portal.sellout;

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
 * A second portal node in a JVM of its own, on the test's database (for
 * {@link UnfinishedReportsTest}): it receives a large report of ALFA and starts
 * processing it, its connections named {@value #APPLICATION}, until the test kills it.
 * Its jobs are off: the sweep is the test node's.
 */
public final class DyingNodeFixture {

	static final String APPLICATION = "dying-node";

	private DyingNodeFixture() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
					"--spring.datasource.password=" + args[2], "--spring.flyway.enabled=false",
					"--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION,
					"--portal.demo.enabled=false", "--portal.ftp.enabled=false", "--portal.jobs.enabled=false",
					"--logging.level.root=warn"));
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		long alfa = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select id from distributors where code = 'ALFA'").query(Long.class).single());
		SellOutIntake intake = context.getBean(SellOutIntake.class);
		long id = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, alfa, Channel.API, "dying.csv", "text/csv", UnfinishedReportsTest.file(),
							YearMonth.of(2014, 8), null, Duration.ZERO)
					.report()
					.id());
		System.out.println("RECEIVED " + id);
		Thread.sleep(Long.MAX_VALUE);
	}

}
