package com.sellout.portal.ingest;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.shared.TableFiles;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FTP drop never takes a transfer it can tell was cut: an ABORed or reset upload, a
 * file shorter than its ALLO, an xlsx without its central directory, an XML without its
 * closing root; and with done markers a file waits for its marker. Sales of 2027, which
 * no other test uses.
 */
class CutTransfersTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	private FtpDrop drop;

	@Autowired
	private UserAccounts users;

	/** A CSV of ALFA's sales in a month of 2027, each line its own document. */
	private static byte[] sales(int month, int lines) {
		StringBuilder csv = new StringBuilder("Дата;Документ;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n");
		for (int i = 0; i < lines; i++) {
			int n = NEXT.incrementAndGet();
			csv.append("%02d.%02d.2027;C-%d;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;1;%d,00\n"
				.formatted(1 + i % 27, month, n, 100 + n % 1000));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Past the time a finished upload waits for an ABOR: no report of it, nothing left in
	 * {@code in/}.
	 */
	private void assertNotTaken(String login, String name) throws InterruptedException {
		Thread.sleep(3000);
		assertThat(reportsNamed(name)).as(name + " makes no report").isZero();
		assertThat(drop.root().resolve(login + "/in/" + name)).doesNotExist();
	}

	private long reportsNamed(String name) {
		return asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(name)
			.query(Long.class)
			.single());
	}

	@Test
	void anAbortedUploadIsNotTakenAndTheCompleteReportStaysCurrent() throws Exception {
		FtpClients.Plain ftp = FtpClients.plain(drop.port(), "alfa.1c", "demo");
		byte[] whole = sales(3, 40);
		String complete = "march-" + System.nanoTime() + ".csv";
		FtpClients.store(ftp, "/in/" + complete, whole);
		long report = JSON.readTree(FtpClients.await(ftp, "/out/" + complete + ".result.json", WAIT))
			.get("report")
			.asLong();

		// the same month again, a quarter sent and the transfer aborted as clients do:
		// data closed, ABOR
		String aborted = "march-again-" + System.nanoTime() + ".csv";
		OutputStream data = ftp.storeFileStream("/in/" + aborted);
		data.write(Arrays.copyOf(whole, whole.length / 4));
		data.flush();
		data.close();
		ftp.abort();
		ftp.getReply();

		// a later, complete upload is answered; by then the aborted one would have been
		// too
		String later = "later-" + System.nanoTime() + ".csv";
		FtpClients.store(ftp, "/in/" + later, sales(4, 2));
		FtpClients.await(ftp, "/out/" + later + ".result.json", WAIT);
		assertNotTaken("alfa.1c", aborted);
		assertThat(FtpClients.read(ftp, "/out/" + aborted + ".result.json")).isEmpty();
		assertThat(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(report)
			.query(String.class)
			.single())).isIn("ACCEPTED", "ACCEPTED_WITH_EXCEPTIONS");
		ftp.logout();
	}

	@Test
	void anUploadAbortedWithTelnetSignalsIsNotTaken() throws Exception {
		FtpClients.Plain ftp = FtpClients.plain(drop.port(), "gamma.1c", "demo");
		byte[] whole = sales(9, 400);
		String aborted = "telnet-abort-" + System.nanoTime() + ".csv";
		OutputStream data = ftp.storeFileStream("/in/" + aborted);
		data.write(Arrays.copyOf(whole, whole.length / 4));
		data.flush();
		data.close();
		ftp.abortWithTelnetSignals();
		ftp.getReply(); // 226 of the transfer
		ftp.getReply(); // the ABOR's answer
		assertThat(ftp.getReplyCode()).as(ftp.getReplyString()).isLessThan(500);

		String later = "after-telnet-" + System.nanoTime() + ".csv";
		FtpClients.store(ftp, "/in/" + later, sales(10, 2));
		FtpClients.await(ftp, "/out/" + later + ".result.json", WAIT);
		assertNotTaken("gamma.1c", aborted);
		ftp.logout();
	}

	@Test
	void anUploadWhoseDataConnectionIsResetIsNotTaken() throws Exception {
		FtpClients.Plain ftp = FtpClients.plain(drop.port(), "beta.1c", "demo");
		String reset = "reset-" + System.nanoTime() + ".csv";
		byte[] whole = sales(5, 200);
		ftp.storeBroken("/in/" + reset, Arrays.copyOf(whole, whole.length / 3));
		assertThat(ftp.getReplyCode()).isNotEqualTo(226);
		assertNotTaken("beta.1c", reset);
		ftp.logout();
	}

	@Test
	void aFileShorterThanItsAlloIsRefused() throws Exception {
		FtpClients.Plain ftp = FtpClients.plain(drop.port(), "alfa.1c", "demo");
		String name = "announced-" + System.nanoTime() + ".csv";
		byte[] whole = sales(6, 20);
		assertThat(ftp.allocate(whole.length)).isTrue();
		// cut at a line boundary: read alone it would be a smaller, valid file
		byte[] half = Arrays.copyOf(whole,
				new String(whole, StandardCharsets.ISO_8859_1).lastIndexOf('\n', whole.length / 2) + 1);
		assertThat(FtpClients.store(ftp, "/in/" + name, half)).isTrue();
		JsonNode result = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT));
		assertThat(result.get("status").asString()).isEqualTo("REJECTED");
		assertThat(result.get("reason").asString()).contains("ALLO").contains(String.valueOf(whole.length));
		assertThat(reportsNamed(name)).isZero();

		// the announcement is for one file: the next one, whole, is taken
		String next = "announced-next-" + System.nanoTime() + ".csv";
		assertThat(ftp.allocate(whole.length)).isTrue();
		FtpClients.store(ftp, "/in/" + next, whole);
		assertThat(JSON.readTree(FtpClients.await(ftp, "/out/" + next + ".result.json", WAIT)).get("status").asString())
			.isEqualTo("ACCEPTED");
		ftp.logout();
	}

	@Test
	void aTruncatedWorkbookOrXmlIsRefusedAsCut() throws Exception {
		FtpClients.Plain ftp = FtpClients.plain(drop.port(), "gamma.1c", "demo");
		List<List<String>> table = new ArrayList<>();
		table.add(List.of("Дата", "Документ", "Покупатель", "ИНН", "Регион", "Артикул", "Количество", "Сумма без НДС"));
		for (int i = 0; i < 300; i++) {
			table.add(List.of("%02d.07.2027".formatted(1 + i % 27), "X-" + NEXT.incrementAndGet(), "ООО \"Щитстрой\"",
					"6645390113", "Свердловская обл.", "EL-10001", "1", "10" + i));
		}
		byte[] book = TableFiles.xlsx("Продажи", table);
		String xlsx = "cut-" + System.nanoTime() + ".xlsx";
		FtpClients.store(ftp, "/in/" + xlsx, Arrays.copyOf(book, book.length * 9 / 10));

		byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.08\">"
				+ "<Документ><Ид>1</Ид></Документ>".repeat(200) + "</КоммерческаяИнформация>\n")
			.getBytes(StandardCharsets.UTF_8);
		String cutXml = "cut-" + System.nanoTime() + ".xml";
		FtpClients.store(ftp, "/in/" + cutXml, Arrays.copyOf(xml, xml.length - 40));

		for (String name : List.of(xlsx, cutXml)) {
			JsonNode result = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT));
			assertThat(result.get("status").asString()).as(name).isEqualTo("REJECTED");
			assertThat(result.get("reason").asString()).as(name).contains("оборван");
			assertThat(reportsNamed(name)).as(name).isZero();
		}
		ftp.logout();
	}

	@Test
	void withDoneMarkersAFileIsTakenOnlyWhenItsMarkerArrives() throws Exception {
		String login = "ftp.markers." + System.nanoTime() % 100_000;
		asSystem(() -> users.register(login, "marker-password", "FTP markers", null, Role.INTEGRATION,
				distributorId("BETA")));
		FtpClients.Plain ftp = FtpClients.plain(drop.port(), login, "marker-password");
		// the first marker tells the portal that this account uses them
		String first = "first-" + System.nanoTime() + ".csv";
		FtpClients.store(ftp, "/in/" + first, sales(8, 2));
		FtpClients.store(ftp, "/in/" + first + ".done", new byte[0]);
		FtpClients.await(ftp, "/out/" + first + ".result.json", WAIT);

		String name = "august-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/" + name, sales(8, 3))).isTrue();
		Thread.sleep(4000);
		assertThat(FtpClients.read(ftp, "/out/" + name + ".result.json")).as("no marker yet").isEmpty();
		assertThat(reportsNamed(name)).isZero();
		assertThat(ftp.listNames("/in")).anyMatch(n -> n.endsWith(name));

		assertThat(FtpClients.store(ftp, "/in/" + name + ".done", new byte[0])).isTrue();
		JsonNode result = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT));
		assertThat(result.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(result.get("lines").asInt()).isEqualTo(3);
		assertThat(ftp.listNames("/in")).noneMatch(n -> n.endsWith(name) || n.endsWith(name + ".done"));
		ftp.logout();
	}

}
