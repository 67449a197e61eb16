package com.sellout.portal.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.support.PortalTest;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FTP drop with real clients (Apache Commons Net): uploads, results, refusals,
 * isolation.
 */
class FtpDropTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private FtpDrop drop;

	@Autowired
	private UserAccounts users;

	@Autowired
	private Deliveries deliveries;

	@Test
	void anUploadedFileBecomesAReportAndItsResultAppearsInOut() throws Exception {
		FTPClient ftp = FtpClients.plain(drop.port(), "alfa.1c", "demo");
		String name = "sales-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/" + name, DropFiles.withException(1))).isTrue();

		JsonNode result = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT));
		assertThat(result.get("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(result.get("lines").asInt()).isEqualTo(2);
		assertThat(result.get("acceptedLines").asInt()).isEqualTo(1);
		assertThat(result.get("exceptions").asInt()).isEqualTo(1);
		assertThat(result.get("duplicate").asBoolean()).isFalse();
		assertThat(result.get("exceptionsFile").asString()).isEqualTo(name + ".exceptions.xlsx");
		long reportId = result.get("report").asLong();
		assertThat(asSystem(() -> jdbc.sql("select distributor_id from sellout_reports where id = ?")
			.param(reportId)
			.query(Long.class)
			.single())).isEqualTo(distributorId("ALFA"));
		assertThat(asSystem(() -> jdbc.sql("select source from sellout_reports where id = ?")
			.param(reportId)
			.query(String.class)
			.single())).isEqualTo("FTP");

		byte[] exceptions = FtpClients.read(ftp, "/out/" + name + ".exceptions.xlsx").orElseThrow();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exceptions))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			List<String> row = new ArrayList<>();
			sheet.getRow(1).forEach(cell -> row.add(new DataFormatter().formatCellValue(cell)));
			assertThat(row).anyMatch(cell -> cell.startsWith("NO-SUCH-"));
			assertThat(sheet.getRow(1).getCell(14).getNumericCellValue()).as("the quantity, a number").isNotZero();
		}
		assertThat(Arrays.stream(ftp.listNames("/in")).toList()).noneMatch(n -> n.endsWith(name));

		Delivery delivery = asSystem(
				() -> deliveries.get(jdbc.sql("select delivery_id from delivery_files where report_id = ?")
					.param(reportId)
					.query(Long.class)
					.single()));
		assertThat(delivery.channel()).isEqualTo("FTP");
		assertThat(delivery.sender()).isEqualTo("alfa.1c");
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PROCESSED);
		assertThat(delivery.files()).extracting(Delivery.DeliveredFile::fileName).containsExactly(name);
		ftp.logout();
	}

	@Test
	void explicitFtpsUploadsToo() throws Exception {
		FTPSClient ftps = FtpClients.secure(drop.port(), "beta.1c", "demo");
		String name = "secure-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftps, "/in/" + name, DropFiles.clean(2))).isTrue();
		JsonNode result = JSON.readTree(FtpClients.await(ftps, "/out/" + name + ".result.json", WAIT));
		assertThat(result.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(result.has("exceptionsFile")).isFalse();
		assertThat(FtpClients.read(ftps, "/out/" + name + ".exceptions.xlsx")).isEmpty();
		ftps.logout();
	}

	@Test
	void identicalBytesAreRecognisedAndNewContentUnderTheSameNameMakesANewReport() throws Exception {
		FTPClient ftp = FtpClients.plain(drop.port(), "gamma.1c", "demo");
		String name = "monthly-" + System.nanoTime() + ".csv";
		byte[] first = DropFiles.clean(3);
		FtpClients.store(ftp, "/in/" + name, first);
		long firstReport = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT))
			.get("report")
			.asLong();
		ftp.deleteFile("/out/" + name + ".result.json");

		FtpClients.store(ftp, "/in/" + name, first);
		JsonNode again = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT));
		assertThat(again.get("report").asLong()).isEqualTo(firstReport);
		assertThat(again.get("duplicate").asBoolean()).isTrue();
		ftp.deleteFile("/out/" + name + ".result.json");

		FtpClients.store(ftp, "/in/" + name, DropFiles.clean(3));
		JsonNode changed = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT));
		assertThat(changed.get("report").asLong()).isNotEqualTo(firstReport);
		assertThat(changed.get("duplicate").asBoolean()).isFalse();
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(name)
			.query(Long.class)
			.single())).isEqualTo(2);
		ftp.logout();
	}

	@Test
	void anEmptyFileOrABrokenUploadIsNotImported() throws Exception {
		FtpClients.Plain ftp = FtpClients.plain(drop.port(), "alfa.1c", "demo");
		String empty = "empty-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/" + empty, new byte[0])).isTrue();
		String broken = "broken-" + System.nanoTime() + ".csv";
		byte[] whole = DropFiles.clean(4);
		ftp.storeBroken("/in/" + broken, Arrays.copyOf(whole, whole.length / 2));
		assertThat(ftp.getReplyCode()).isNotEqualTo(226);

		// a later, complete upload is answered; by then the two above would have been too
		String complete = "complete-" + System.nanoTime() + ".csv";
		FtpClients.store(ftp, "/in/" + complete, whole);
		FtpClients.await(ftp, "/out/" + complete + ".result.json", WAIT);
		assertThat(FtpClients.read(ftp, "/out/" + empty + ".result.json")).isEmpty();
		assertThat(FtpClients.read(ftp, "/out/" + broken + ".result.json")).isEmpty();
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name in (?, ?)")
			.params(empty, broken)
			.query(Long.class)
			.single())).isZero();
		assertThat(asSystem(() -> jdbc.sql("select count(*) from delivery_files where file_name in (?, ?)")
			.params(empty, broken)
			.query(Long.class)
			.single())).isZero();
		assertThat(drop.root().resolve("alfa.1c/in/" + broken)).doesNotExist();
		ftp.logout();
	}

	@Test
	void aFileLargerThanTheLimitIsCutOffAndNotTaken() throws Exception {
		FTPClient ftp = FtpClients.plain(drop.port(), "beta.1c", "demo");
		String name = "huge-" + System.nanoTime() + ".csv";
		byte[] huge = new byte[9 * 1024 * 1024]; // the test limit is 8 MB
		Arrays.fill(huge, (byte) 'x');
		// the server ends the transfer at the limit: the client sees a refusal, or the
		// data
		// connection closed under it while it still sends — either way nothing is stored
		boolean stored;
		try {
			stored = FtpClients.store(ftp, "/in/" + name, huge);
		}
		catch (UncheckedIOException cutOff) {
			stored = false;
		}
		assertThat(stored).isFalse();
		assertThat(ftp.getReplyCode()).isNotEqualTo(226);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(name)
			.query(Long.class)
			.single())).isZero();
		assertThat(drop.root().resolve("beta.1c/in/" + name)).doesNotExist();
		ftp.logout();
	}

	@Test
	void anAccountIsLockedInItsOwnHome() throws Exception {
		FTPClient alfa = FtpClients.plain(drop.port(), "alfa.1c", "demo");
		String name = "escape-" + System.nanoTime() + ".csv";
		byte[] file = DropFiles.clean(5);
		for (String path : List.of("/in/../../beta.1c/in/" + name, "../beta.1c/in/" + name, "/" + name, "/out/" + name,
				"/in/sub/" + name, drop.root().resolve("beta.1c/in/" + name).toString())) {
			assertThat(FtpClients.store(alfa, path, file)).as(path).isFalse();
		}
		assertThat(alfa.changeWorkingDirectory("/../..")).isTrue();
		assertThat(alfa.printWorkingDirectory()).isEqualTo("/");
		assertThat(alfa.listNames()).containsExactlyInAnyOrder("in", "out");
		assertThat(FtpClients.read(alfa, "/etc/passwd")).isEmpty();
		assertThat(FtpClients.read(alfa, "../../beta.1c/out/x.json")).isEmpty();
		assertThat(alfa.makeDirectory("/in/sub")).isFalse();
		alfa.logout();

		try (var files = Files.walk(drop.root())) {
			assertThat(files.map(Path::getFileName).map(Path::toString)).doesNotContain(name);
		}
		assertThat(Files.exists(drop.root().resolve("beta.1c").resolve(name))).isFalse();
	}

	@Test
	void onlyIntegrationAccountsLogInAndFailuresAreThrottled() throws Exception {
		assertThat(loginWorks("alfa.admin", "demo")).isFalse();
		assertThat(loginWorks("anonymous", "guest@example.com")).isFalse();
		assertThat(loginWorks("alfa.1c", "wrong")).isFalse();
		assertThat(loginWorks("alfa.1c", "demo")).isTrue();

		String login = "ftp.throttle." + System.nanoTime() % 100_000;
		asSystem(() -> users.register(login, "right-password", "FTP throttle", null, Role.INTEGRATION,
				distributorId("GAMMA")));
		for (int i = 0; i < 5; i++) {
			assertThat(loginWorks(login, "wrong-" + i)).isFalse();
		}
		assertThat(loginWorks(login, "right-password")).as("throttled after 5 failures").isFalse();
		assertThat(lastReply).as("the reply says why and for how long")
			.containsPattern("^530 Too many failed logins, try again in \\d+ minutes?");
		assertThat(asSystem(
				() -> jdbc.sql("select count(*) from audit_events where action = 'LOGIN_THROTTLED' and actor = ?")
					.param(login)
					.query(Long.class)
					.single()))
			.isPositive();
		assertThat(jdbc.sql("select failures from login_throttle where key = 'address:127.0.0.2'")
			.query(Integer.class)
			.single()).as("failures counted against the client's address too").isGreaterThanOrEqualTo(5);
		assertThat(asSystem(() -> jdbc
			.sql("""
					select count(*) from audit_events where action = 'LOGIN_FAILED' and actor = ? and actor_address = '127.0.0.2'""")
			.param(login)
			.query(Long.class)
			.single())).as("audited with the FTP client's address").isEqualTo(5);
	}

	/** The last reply {@link #loginWorks} got. */
	private String lastReply;

	/**
	 * Logs in from 127.0.0.2, so that these failures count against an address no other
	 * test uses.
	 */
	private boolean loginWorks(String login, String password) throws IOException {
		FTPClient client = new FTPClient();
		client.connect(InetAddress.getByName("127.0.0.1"), drop.port(), InetAddress.getByName("127.0.0.2"), 0);
		try {
			return client.login(login, password);
		}
		finally {
			lastReply = client.getReplyString();
			client.disconnect();
		}
	}

	@Test
	void aStoppedDropStartsAgainAndTakesFiles() throws Exception {
		// a stopped portal, or a test context paused and resumed, starts its FTP server
		// once more
		drop.stop();
		assertThat(drop.isRunning()).isFalse();
		drop.start();
		assertThat(drop.isRunning()).isTrue();
		FTPClient ftp = FtpClients.plain(drop.port(), "beta.1c", "demo");
		String name = "restarted-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/" + name, DropFiles.clean(5))).isTrue();
		JsonNode result = JSON.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", WAIT));
		assertThat(result.get("report").asLong()).isPositive();
		ftp.logout();
		ftp.disconnect();
	}

}
