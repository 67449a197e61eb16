package com.sellout.portal.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.ingest.mail.MailIntake;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.sellout.StockFiles;
import com.sellout.portal.sellout.StockFiles.OwnDistributor;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock reports through the channels without a person: FTP's pre-made {@code in/stock/}
 * (its files are stock, answered in {@code out/stock/}), a stock file in {@code in/} told
 * by its content and answered in {@code out/}, no other folder, and a mailed stock file.
 * Stock of 2039, distributors of their own.
 */
class StockChannelsTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private FtpDrop drop;

	@Autowired
	private UserAccounts users;

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake mailIntake;

	@Autowired
	private Deliveries deliveries;

	@Test
	void aFileInInStockIsAStockReportAnsweredInOutStockAndOneInInIsToldByItsContent() throws Exception {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SF");
		FTPClient ftp = FtpClients.plain(drop.port(), own.integration(), OwnDistributor.PASSWORD);
		assertThat(Arrays.stream(ftp.listFiles("/in")).filter(FTPFile::isDirectory).map(FTPFile::getName))
			.as("made for the account beforehand")
			.containsExactly("stock");
		assertThat(Arrays.stream(ftp.listFiles("/out")).filter(FTPFile::isDirectory).map(FTPFile::getName))
			.containsExactly("stock");

		String inStock = "stock-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/stock/" + inStock, StockFiles.plainList("30.06.2039"))).isTrue();
		JsonNode stock = JSON.readTree(FtpClients.await(ftp, "/out/stock/" + inStock + ".result.json", WAIT));
		assertThat(stock.get("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(stock.get("kind").asString()).isEqualTo("STOCK");
		assertThat(stock.get("asOf").asString()).isEqualTo("2039-06-30");
		assertThat(stock.get("period").asString()).isEqualTo("2039-06");
		assertThat(stock.get("lines").asInt()).isEqualTo(4);
		assertThat(stock.get("acceptedLines").asInt()).isEqualTo(3);
		assertThat(stock.get("url").asString()).endsWith("/sellout/stock-reports/" + stock.get("report").asLong());
		assertThat(stock.get("exceptionsFile").asString()).isEqualTo(inStock + ".exceptions.xlsx");
		byte[] exceptions = FtpClients.read(ftp, "/out/stock/" + inStock + ".exceptions.xlsx").orElseThrow();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exceptions))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).as("the one exception").isEqualTo(1);
			DataFormatter cells = new DataFormatter();
			List<String> row = new ArrayList<>();
			sheet.getRow(1).forEach(cell -> row.add(cells.formatCellValue(cell)));
			assertThat(row).anyMatch(cell -> cell.startsWith("NO-SUCH-")).contains("Основной склад", "2");
		}
		assertThat(FtpClients.read(ftp, "/out/" + inStock + ".result.json")).as("not in out/").isEmpty();
		assertThat(Arrays.stream(ftp.listNames("/in/stock"))).noneMatch(n -> n.endsWith(inStock));
		assertThat(told(stock.get("report").asLong())).containsExactly("STOCK", "STOCK", "2039-06-30",
				String.valueOf(own.id()));

		// a header that may be either (refused in in/): the folder says it is stock
		String either = "either-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/stock/" + either,
				"Остатки на 30.09.2039\n\nАртикул;Наименование;Количество\nEL-10001;;7\n"
					.getBytes(StandardCharsets.UTF_8)))
			.isTrue();
		JsonNode folderSays = JSON.readTree(FtpClients.await(ftp, "/out/stock/" + either + ".result.json", WAIT));
		assertThat(folderSays.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(folderSays.get("kind").asString()).isEqualTo("STOCK");
		assertThat(folderSays.get("acceptedQuantity").asInt()).isEqualTo(7);

		String inIn = "sklad-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/" + inIn, StockFiles.plainList("31.07.2039"))).isTrue();
		JsonNode detected = JSON.readTree(FtpClients.await(ftp, "/out/" + inIn + ".result.json", WAIT));
		assertThat(detected.get("kind").asString()).isEqualTo("STOCK");
		assertThat(detected.get("asOf").asString()).isEqualTo("2039-07-31");
		assertThat(detected.get("acceptedLines").asInt()).isEqualTo(3);
		assertThat(FtpClients.read(ftp, "/out/stock/" + inIn + ".result.json")).isEmpty();
		assertThat(told(detected.get("report").asLong())).as("its kind told by its content, not by the sender")
			.containsExactly("STOCK", null, "2039-07-31", String.valueOf(own.id()));

		// the results are the account's to delete; no other folder is taken
		assertThat(ftp.deleteFile("/out/stock/" + inStock + ".result.json")).isTrue();
		assertThat(ftp.makeDirectory("/in/other")).isFalse();
		assertThat(FtpClients.store(ftp, "/in/other/x.csv", StockFiles.plainList("31.07.2039"))).isFalse();
		assertThat(ftp.getReplyCode()).isEqualTo(553);
		assertThat(FtpClients.store(ftp, "/out/stock/x.csv", StockFiles.plainList("31.07.2039"))).isFalse();
		assertThat(ftp.removeDirectory("/in/stock")).isFalse();
		assertThat(Arrays.stream(ftp.listFiles("/in")).filter(FTPFile::isDirectory).map(FTPFile::getName))
			.containsExactly("stock");
		ftp.logout();
	}

	@Test
	void aMailedStockFileBecomesAStockReportAndTheSenderIsAnswered() throws Exception {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SM");
		GreenMail mail = servers.embedded();
		String subject = "Остатки август " + System.nanoTime();
		String messageId = TestMail
			.from(mail, "sklad@" + own.code().toLowerCase() + ".example",
					TestMail.intakeAddress(transactions, jdbc, own.integration()), subject)
			.attach("остатки.csv", StockFiles.plainList("31.08.2039"))
			.send(TestMail.newMessageId());

		mailIntake.poll();

		Delivery delivery = asSystem(() -> deliveries.get(jdbc.sql("select id from deliveries where message_key = ?")
			.param(messageId)
			.query(Long.class)
			.single()));
		assertThat(delivery.distributorId()).isEqualTo(own.id());
		long report = delivery.files().get(0).reportId();
		MimeMessage reply = TestMail.awaitReceived(mail, "sklad@" + own.code().toLowerCase() + ".example",
				"Re: " + subject, WAIT);
		assertThat(TestMail.text(reply)).contains("остатки.csv — Принят с исключениями", "Остатки на 31.08.2039")
			.doesNotContain("Период");
		assertThat(told(report)).containsExactly("STOCK", null, "2039-08-31", String.valueOf(own.id()));
		assertThat(asSystem(() -> jdbc.sql("select count(*) from stock_lines where report_id = ? and accepted")
			.param(report)
			.query(Long.class)
			.single())).isEqualTo(3);
	}

	/**
	 * The report's kind, the kind its sender named (null: told by its content), its as-of
	 * date and distributor.
	 */
	private List<String> told(long reportId) {
		Map<String, Object> row = asSystem(() -> jdbc
			.sql("select kind, requested_kind, as_of::text, distributor_id::text from sellout_reports where id = ?")
			.param(reportId)
			.query()
			.singleRow());
		return Arrays.asList((String) row.get("kind"), (String) row.get("requested_kind"), (String) row.get("as_of"),
				(String) row.get("distributor_id"));
	}

}
