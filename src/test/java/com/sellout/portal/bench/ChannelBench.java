package com.sellout.portal.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.ingest.mail.MailIntake;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.TestMail;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The channels end to end on a durable embedded database: (1) one FTP client drops files
 * one after another and waits for each result in out/ — the time from the upload's start
 * to the result file; (2) four clients drop files at once — files per minute; (3) a batch
 * of mails, each with one attachment, read in one poll — the time from the poll to the
 * last reply delivered. Every file has L lines (default 1,000). Run with
 * {@code bench/channels.sh}.
 */
public final class ChannelBench {

	private ChannelBench() {
	}

	public static void main(String[] args) throws Exception {
		int files = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		Path dataDir = Files.createTempDirectory("channel-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=true",
					"--portal.mail.intake-interval=1h", "--logging.level.root=warn"))) {
			int port = context.getBean(FtpDrop.class).port();
			String alfa = TestMail.intakeAddress(context.getBean(ScopedTransactions.class),
					context.getBean(JdbcClient.class), "alfa.1c");
			System.out.printf(Locale.ROOT, "channel benchmark: %d files of %,d lines; %d cores, max heap %d MB%n",
					files, lines, Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() / 1024 / 1024);
			for (int i = 0; i < 5; i++) {
				roundTrip(port, "warmup-" + i, file(lines, i));
			}
			List<Long> trips = new ArrayList<>();
			for (int i = 0; i < files; i++) {
				trips.add(roundTrip(port, "one-" + i, file(lines, 1000 + i)));
			}
			Collections.sort(trips);
			System.out.printf(Locale.ROOT, "FTP upload to result, one client: p50 %d ms, p95 %d ms, max %d ms%n",
					trips.get(trips.size() / 2), trips.get((int) (trips.size() * 0.95)), trips.get(trips.size() - 1));

			ExecutorService clients = Executors.newFixedThreadPool(4);
			long started = System.nanoTime();
			List<Future<Long>> parallel = new ArrayList<>();
			for (int i = 0; i < files; i++) {
				int n = i;
				parallel.add(clients.submit(() -> roundTrip(port, "four-" + n, file(lines, 5000 + n))));
			}
			for (Future<Long> trip : parallel) {
				trip.get();
			}
			clients.shutdown();
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT,
					"FTP, four clients at once: %d files with results in %.1f s (%.0f files/min)%n", files, seconds,
					files * 60 / seconds);

			MailServers servers = context.getBean(MailServers.class);
			int mails = Math.max(1, files / 2);
			for (int i = 0; i < mails; i++) {
				TestMail.from(servers.embedded(), "1c@alfa.example", alfa, "bench-" + i)
					.attach("bench-" + i + ".csv", file(lines, 9000 + i))
					.send(TestMail.newMessageId());
			}
			started = System.nanoTime();
			context.getBean(MailIntake.class).poll();
			double polled = (System.nanoTime() - started) / 1e9;
			while (TestMail.withSubject(servers.embedded(), subject -> subject.startsWith("Re: bench-")) < mails) {
				Thread.sleep(50);
			}
			System.out.printf(Locale.ROOT,
					"e-mail: %d messages read and stored in %.1f s, all replies delivered after %.1f s%n", mails,
					polled, (System.nanoTime() - started) / 1e9);
		}
	}

	/** Uploads as beta.1c and waits for the result; answers the milliseconds it took. */
	private static long roundTrip(int port, String name, byte[] content) throws Exception {
		FTPClient ftp = new FTPClient();
		ftp.connect("localhost", port);
		ftp.login("beta.1c", "demo");
		ftp.enterLocalPassiveMode();
		ftp.setFileType(FTP.BINARY_FILE_TYPE);
		long started = System.nanoTime();
		if (!ftp.storeFile("/in/" + name + ".csv", new ByteArrayInputStream(content))) {
			throw new IllegalStateException("Upload refused: " + ftp.getReplyString());
		}
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		while (!ftp.retrieveFile("/out/" + name + ".csv.result.json", result)) {
			Thread.sleep(20);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		ftp.logout();
		ftp.disconnect();
		return millis;
	}

	/** A CSV of sales in BETA's month of 2018, different for every n. */
	private static byte[] file(int lines, int n) {
		StringBuilder text = new StringBuilder(
				"Дата;Документ;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n");
		for (int i = 0; i < lines; i++) {
			text.append(String.format(Locale.ROOT,
					"%02d.%02d.2018;D-%d-%d;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-1000%d;%d;%d,%02d%n",
					1 + i % 28, 1 + n % 12, n, i, 1 + i % 9, 1 + i % 5, 2000 + i, i % 100));
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
