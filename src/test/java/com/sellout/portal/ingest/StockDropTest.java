package com.sellout.portal.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.support.PortalTest;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock reports dropped in FTP {@code in/}, a channel without a person: one told by its
 * header (a closing balance, no buyer) and its title's date is read as stock; one whose
 * kind the header leaves open is refused with that reason, never held for a person. Year
 * 2038 is these tests' own.
 */
class StockDropTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	private FtpDrop drop;

	@Test
	void aStockFileDroppedInInIsReadAsStockAndOneOfUnclearKindIsRefused() throws Exception {
		FTPClient ftp = FtpClients.plain(drop.port(), "beta.1c", "demo");
		String stock = "ostatki-" + System.nanoTime() + ".csv";
		byte[] file = ("Остатки товаров на складах на 31.01.2038\n\nАртикул;Наименование;Склад;Остаток\n"
				+ "EL-10016;;Основной;4\nEL-10016;;Дальний;6\nEL-10017;;Основной;-2\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(FtpClients.store(ftp, "/in/" + stock, file)).isTrue();
		JsonNode accepted = JSON.readTree(FtpClients.await(ftp, "/out/" + stock + ".result.json", WAIT));
		assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(accepted.path("lines").asInt()).isEqualTo(3);
		assertThat(accepted.path("exceptions").asInt()).isEqualTo(1);
		// the exceptions file lists the stock line with its reason
		byte[] exceptions = FtpClients.read(ftp, "/out/" + stock + ".exceptions.xlsx").orElseThrow();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exceptions))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			List<String> row = new ArrayList<>();
			sheet.getRow(1).forEach(cell -> row.add(new DataFormatter().formatCellValue(cell)));
			assertThat(row).contains("EL-10017");
			assertThat(row).anyMatch(cell -> cell.replace(',', '.').matches("-2(\\.0+)?"));
			assertThat(row.get(row.size() - 1)).satisfiesAnyOf(
					reason -> assertThat(reason).containsIgnoringCase("отрицательный остаток"),
					reason -> assertThat(reason).containsIgnoringCase("negative stock"));
		}
		long report = accepted.path("report").asLong();
		assertThat(asSystem(() -> jdbc.sql("select kind || ' ' || as_of from sellout_reports where id = ?")
			.param(report)
			.query(String.class)
			.single())).isEqualTo("STOCK 2038-01-31");
		assertThat(asSystem(() -> jdbc.sql("select quantity from stock_levels where report_id = ? and sku = ?")
			.params(report, "EL-10016")
			.query(Integer.class)
			.single())).isEqualTo(10);

		String unclear = "spisok-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/" + unclear,
				"Артикул;Наименование;Количество\nEL-10017;;3\n".getBytes(StandardCharsets.UTF_8)))
			.isTrue();
		JsonNode refused = JSON.readTree(FtpClients.await(ftp, "/out/" + unclear + ".result.json", WAIT));
		assertThat(refused.path("status").asString()).isEqualTo("REJECTED");
		long id = refused.path("report").asLong();
		assertThat(asSystem(() -> jdbc.sql("select rejection_key from sellout_reports where id = ?")
			.param(id)
			.query(String.class)
			.single())).isEqualTo("sellout.rejected.kind");
		assertThat(refused.path("reason").asString()).isNotBlank();
		assertThat(refused.get("kind").isNull()).as("its kind was not told: none, not sell-out").isTrue();
		ftp.logout();
	}

}
