package com.sellout.portal.sellout;

import java.time.Duration;
import java.time.YearMonth;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.Receiving;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A portal node in a JVM of its own, on the test's database (for
 * {@link NodeKilledWithQueuedReportsTest}): it receives one large report of the test's
 * distributor, which its worker starts on, and then {@value #QUEUED} small ones, which
 * wait in its queue behind it (one report of a distributor at a time), until the test
 * kills it. Its connections are named {@value #APPLICATION}.
 */
public final class QueuedReportsNodeFixture {

	static final String APPLICATION = "node-with-queue";

	static final int QUEUED = 3;

	private QueuedReportsNodeFixture() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
					"--spring.datasource.password=" + args[2], "--spring.flyway.enabled=false",
					"--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION,
					"--portal.demo.enabled=false", "--portal.ftp.enabled=false", "--portal.jobs.enabled=false",
					"--portal.sellout.retry-interval=2s", "--logging.level.root=warn"));
		long distributor = Long.parseLong(args[3]);
		SellOutIntake intake = context.getBean(SellOutIntake.class);
		long big = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, distributor, Channel.API, "queued-big.csv", "text/csv",
							NodeKilledWithQueuedReportsTest.big(), YearMonth.of(2029, 1), null, Duration.ZERO)
					.report()
					.id());
		System.out.println("RECEIVED " + big);
		for (int i = 0; i < QUEUED; i++) {
			int month = 2 + i;
			long small = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS, () -> Receiving
				.receive(intake, distributor, Channel.API, "queued-" + month + ".csv", "text/csv",
						NodeKilledWithQueuedReportsTest.small(month), YearMonth.of(2029, month), null, Duration.ZERO)
				.report()
				.id());
			System.out.println("RECEIVED " + small);
		}
		System.out.println("ALL RECEIVED");
		Thread.sleep(Long.MAX_VALUE);
	}

}
