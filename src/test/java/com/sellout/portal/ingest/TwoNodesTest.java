package com.sellout.portal.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.ingest.mail.MailIntake;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.SecondNode;
import com.sellout.portal.support.TestMail;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one database (the test's node and a second one started here), sharing
 * the FTP root and the intake mailbox: the same file dropped on both and the same message
 * read by both at once make one report each, and each delivery is answered once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest extends PortalTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private FtpDrop drop;

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake intake;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void startSecondNode() {
		second = SecondNode.on(dataSource, "--portal.ftp.root=" + drop.root(), "--portal.mail.smtp.host=127.0.0.1",
				"--portal.mail.smtp.port=" + servers.smtp().port(), "--portal.mail.smtp.starttls=false",
				"--portal.mail.imap.host=127.0.0.1", "--portal.mail.imap.port=" + servers.imap().port(),
				"--portal.mail.imap.username=" + servers.imap().username(), "--portal.mail.imap.password=demo",
				"--portal.mail.imap.ssl=false", "--portal.mail.intake-interval=200ms",
				"--portal.mail.send-interval=200ms", "--portal.jobs.polling-interval=200ms",
				"--portal.sellout.max-file-size=8MB");
	}

	@AfterAll
	void stopSecondNode() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void theSameFtpFileOnBothNodesMakesOneReport() throws Exception {
		String name = "both-" + System.nanoTime() + ".csv";
		byte[] file = DropFiles.clean(12);
		int secondPort = second.getBean(FtpDrop.class).port();
		assertThat(secondPort).isNotEqualTo(drop.port());
		List<Boolean> stored = together(() -> upload(drop.port(), name, file), () -> upload(secondPort, name, file));
		assertThat(stored).containsOnly(true);

		FTPClient ftp = FtpClients.plain(secondPort, "beta.1c", "demo");
		FtpClients.await(ftp, "/out/" + name + ".result.json", Duration.ofSeconds(30));
		ftp.logout();
		waitUntil(() -> asSystem(() -> jdbc.sql("""
				select count(*) from deliveries d join delivery_files f on f.delivery_id = d.id
				 where f.file_name = ? and d.completed_at is not null""").param(name).query(Long.class).single()) >= 1);
		// both uploads wrote the one file of the shared folder: whichever node takes it
		// first makes the
		// report; the other takes the same bytes (the same report) or finds the file
		// already taken
		Thread.sleep(3000);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(name)
			.query(Long.class)
			.single())).isEqualTo(1);
		assertThat(asSystem(() -> jdbc.sql("select count(distinct report_id) from delivery_files where file_name = ?")
			.param(name)
			.query(Long.class)
			.single())).isEqualTo(1);
	}

	@Test
	void theSameMessageReadByBothNodesMakesOneReportAndOneReply() throws Exception {
		String name = "both-mail-" + System.nanoTime() + ".csv";
		String messageId = TestMail
			.from(servers.embedded(), "1c@alfa.example", TestMail.intakeAddress(transactions, jdbc, "alfa.1c"), name)
			.attach(name, DropFiles.clean(12))
			.send(TestMail.newMessageId());
		MailIntake other = second.getBean(MailIntake.class);
		together(() -> intake.poll(), () -> other.poll(), () -> intake.poll(), () -> other.poll());

		TestMail.awaitReceived(servers.embedded(), "1c@alfa.example", "Re: " + name, Duration.ofSeconds(30));
		Thread.sleep(1500);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(name)
			.query(Long.class)
			.single())).isEqualTo(1);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from deliveries where message_key = ?")
			.param(messageId)
			.query(Long.class)
			.single())).isEqualTo(1);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from outgoing_mails where subject = ?")
			.param("Re: " + name)
			.query(Long.class)
			.single())).isEqualTo(1);
		long replies = TestMail.withSubject(servers.embedded(), subject -> ("Re: " + name).equals(subject));
		assertThat(replies).isEqualTo(1);
	}

	private static boolean upload(int port, String name, byte[] file) throws Exception {
		FTPClient ftp = FtpClients.plain(port, "beta.1c", "demo");
		try {
			return FtpClients.store(ftp, "/in/" + name, file);
		}
		finally {
			ftp.logout();
			ftp.disconnect();
		}
	}

	@SafeVarargs
	private static <T> List<T> together(Callable<T>... work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(work.length);
		try {
			List<Future<T>> futures = pool.invokeAll(List.of(work));
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("Not reached within 30 s");
			}
			Thread.sleep(200);
		}
	}

}
