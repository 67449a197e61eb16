package com.sellout.portal.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.Receiving;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The sell-out import measured against its two floors, for a CSV (default 1,000,000
 * lines) and an xlsx (default 200,000 lines) in distributors' own layouts: (a) reading
 * the file alone, (b) a bare PostgreSQL COPY of the same canonical rows into a table with
 * the same indexes and no row-level security, (c) the full import through the pipeline.
 * Run with {@code bench/sellout-import.sh}.
 */
public final class SellOutImportBench {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private SellOutImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int csvLines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int xlsxLines = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
		Path dataDir = Files.createTempDirectory("sellout-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=true",
					"--portal.database.durable=true", "--logging.level.root=warn",
					"--logging.level.com.sellout.portal.sellout=info"))) {
			ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<String[]> clients = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
				.sql("select inn, coalesce(kpp, ''), name, coalesce(address, '') from clients order by inn limit 60")
				.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
				.list());
			List<String[]> products = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select sku, name, coalesce(list_price, 1000)::text from products order by sku")
						.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
						.list());
			long alfa = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select id from distributors where code = 'ALFA'").query(Long.class).single());
			System.out.printf(Locale.ROOT, "sell-out import benchmark: %d cores, max heap %d MB, %s %s%n",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024,
					System.getProperty("os.name"), System.getProperty("java.version"));

			// the JIT compiles the pipeline on a small import first, as it would in a
			// running portal
			SellOutIntake intake = context.getBean(SellOutIntake.class);
			for (byte[] warmUp : List.of(csv(20_000, clients, products), xlsx(5_000, clients, products))) {
				DataScopes.callAs(DataScope.ALL_DISTRIBUTORS, () -> Receiving.receive(intake, alfa, Channel.API,
						"warm-up", null, warmUp, YearMonth.of(2025, 1), null, Duration.ofHours(1)));
			}
			byte[] csv = csv(csvLines, clients, products);
			measure(context, alfa, "CSV " + csvLines + " lines, " + csv.length / 1_000_000 + " MB", csv,
					YearMonth.of(2026, 9), "bench_copy_csv");
			byte[] xlsx = xlsx(xlsxLines, clients, products);
			measure(context, alfa, "xlsx " + xlsxLines + " lines, " + xlsx.length / 1_000_000 + " MB", xlsx,
					YearMonth.of(2026, 10), "bench_copy_xlsx");
		}
	}

	private static void measure(ConfigurableApplicationContext context, long distributorId, String title, byte[] file,
			YearMonth period, String copyTable) throws SQLException, IOException {
		System.out.println();
		System.out.println(title);
		SellOutIntake intake = context.getBean(SellOutIntake.class);
		Measured.Step<Integer> read = Measured.run("(a) reading the file alone", () -> {
			int[] rows = { 0 };
			TableReader.read(file, row -> rows[0]++);
			return rows[0];
		}, rows -> rows + " rows");
		Measured.Step<SellOutReport> imported = Measured.run("(c) full import", () -> DataScopes.callAs(
				DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, distributorId, Channel.API, "bench", null, file, period, null, Duration.ofHours(1))
					.report()),
				report -> report.status() + ", " + report.acceptedLines() + " accepted, " + report.exceptions()
						+ " exceptions, " + report.deviations() + " deviations");
		Path canonical = canonicalRows(context, imported.result().id());
		DataSource owner = context.getBean("flywayDataSource", DataSource.class);
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table " + copyTable + " (like sellout_lines including all)");
		}
		Measured.Step<Long> copy = Measured.run("(b) bare COPY of the same rows", () -> {
			try (Connection connection = owner.getConnection();
					InputStream in = new BufferedInputStream(Files.newInputStream(canonical), 1 << 16)) {
				return connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + copyTable + " from stdin", in);
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}, rows -> rows + " rows, " + size(canonical) / 1_000_000 + " MB");
		Files.delete(canonical);
		double floor = read.seconds() + copy.seconds();
		System.out.printf(Locale.ROOT, "(c) / (a + b) = %.2f (goal at most 1.5)%n", imported.seconds() / floor);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The lines the import stored, as COPY text in a file: the rows a bare COPY would
	 * have to load.
	 */
	private static Path canonicalRows(ConfigurableApplicationContext context, long reportId) throws IOException {
		Path file = Files.createTempFile("canonical", ".copy");
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		DataSource dataSource = context.getBean(DataSource.class);
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("copy (select * from sellout_lines where report_id = " + reportId + ") to stdout", out);
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException(ex);
			}
			return file;
		});
	}

	/**
	 * BETA's way: windows-1251, ";", decimal commas with no-break-space thousands, prices
	 * with VAT.
	 */
	static byte[] csv(int lines, List<String[]> clients, List<String[]> products) {
		StringBuilder text = new StringBuilder(lines * 190);
		text.append(
				"Дата;Номер;Покупатель;ИНН;КПП;Адрес доставки;Артикул;Номенклатура;Ед. изм.;Кол-во;Цена с НДС;Сумма с НДС;Ставка НДС\n");
		for (int i = 0; i < lines; i++) {
			String[] client = clients.get(i % clients.size());
			String[] product = products.get((i * 7) % products.size());
			int quantity = 1 + i % 12;
			long priceKopecks = Math.round(Double.parseDouble(product[2]) * 122) * (70 + i % 40) / 100;
			text.append(String.format(Locale.ROOT, "%02d.09.2026", 1 + i % 30))
				.append(";BT-")
				.append(i)
				.append(";\"")
				.append(client[2].replace("\"", "\"\""))
				.append("\";")
				.append(client[0])
				.append(';')
				.append(client[1])
				.append(';')
				.append(client[3])
				.append(';')
				.append(product[0])
				.append(';')
				.append(product[1])
				.append(";шт;")
				.append(quantity)
				.append(';')
				.append(money(priceKopecks))
				.append(';')
				.append(money(priceKopecks * quantity))
				.append(";22%\n");
		}
		return text.toString().getBytes(WINDOWS_1251);
	}

	private static String money(long kopecks) {
		String rubles = String.format(Locale.ROOT, "%,d", kopecks / 100).replace(',', '\u00A0');
		return rubles + String.format(Locale.ROOT, ",%02d", kopecks % 100);
	}

	/**
	 * ALFA's way: a 1C report with a title block, a two-row merged header and net
	 * amounts.
	 */
	static byte[] xlsx(int lines, List<String[]> clients, List<String[]> products) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("TDSheet");
			sheet.createRow(0).createCell(0).setCellValue("Продажи");
			sheet.createRow(1).createCell(0).setCellValue("Период: Октябрь 2026 г.");
			String[] upper = { "Дата", "Документ", "Контрагент", "ИНН контрагента", "Регион", "Номенклатура", "Артикул",
					"Продажи" };
			Row header = sheet.createRow(5);
			for (int c = 0; c < upper.length; c++) {
				header.createCell(c).setCellValue(upper[c]);
			}
			Row lower = sheet.createRow(6);
			lower.createCell(7).setCellValue("Количество");
			lower.createCell(8).setCellValue("Сумма без НДС");
			sheet.addMergedRegion(new CellRangeAddress(5, 5, 7, 8));
			String[] regions = { "Моск. обл", "г Москва", "СПб", "Татарстан", "Краснодарский кр.", "НСО" };
			for (int i = 0; i < lines; i++) {
				String[] client = clients.get(i % clients.size());
				String[] product = products.get((i * 11) % products.size());
				int quantity = 1 + i % 9;
				Row row = sheet.createRow(7 + i);
				row.createCell(0).setCellValue(String.format(Locale.ROOT, "%02d.10.2026", 1 + i % 31));
				row.createCell(1).setCellValue("AL-" + i);
				row.createCell(2).setCellValue(client[2]);
				row.createCell(3).setCellValue(client[0]);
				row.createCell(4).setCellValue(regions[i % regions.length]);
				row.createCell(5).setCellValue(product[1]);
				row.createCell(6).setCellValue(product[0]);
				row.createCell(7).setCellValue(quantity);
				row.createCell(8)
					.setCellValue(Math.round(Double.parseDouble(product[2]) * quantity * (70 + i % 40)) / 100.0);
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
