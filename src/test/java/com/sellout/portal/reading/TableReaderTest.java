package com.sellout.portal.reading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {

	private static final String RUSSIAN = "Артикул;Наименование;Цена\r\nEL-1;Розетка «Нео» ёлочная;1\u00A0496,43\r\n";

	@ParameterizedTest
	@ValueSource(strings = { "UTF-8", "windows-1251", "UTF-16LE-BOM", "UTF-8-BOM", "UTF-16BE-BOM" })
	void decodesCommonCharsets(String charset) {
		List<RawRow> rows = read(encode(RUSSIAN, charset));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).cells()).containsExactly("Артикул", "Наименование", "Цена");
		assertThat(rows.get(1).cells()).containsExactly("EL-1", "Розетка «Нео» ёлочная", "1 496,43");
	}

	@Test
	void detectsTheDelimiterEvenWithDecimalCommas() {
		String text = "sku;name;price;min\nA;x;1,5;1,2\nB;y;2,5;2,2\nC;z;3,5;3,2\n";
		assertThat(read(text.getBytes(StandardCharsets.UTF_8)).get(1).cells()).containsExactly("A", "x", "1,5", "1,2");
	}

	@Test
	void readsCommaSeparatedFilesWithQuotedCommasAndLineBreaks() {
		String text = "sku,name,price\n\"A-1\",\"Кабель, медный\",\"1,5\"\nB-2,\"Две\nстроки\",7\n";
		List<RawRow> rows = read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).cells()).containsExactly("A-1", "Кабель, медный", "1,5");
		assertThat(rows.get(2).cells()).containsExactly("B-2", "Две\nстроки", "7");
		assertThat(rows.get(2).number()).isEqualTo(3);
	}

	@Test
	void readsTabSeparatedFiles() {
		String text = "sku\tname\tprice\nA\tКабель; медный\t1,5\n";
		assertThat(read(text.getBytes(StandardCharsets.UTF_8)).get(1).cells()).containsExactly("A", "Кабель; медный",
				"1,5");
	}

	@Test
	void readsXlsxKeepingEveryDigitOfNumbersAndDatesAsIso() throws IOException {
		byte[] xlsx = workbook(new XSSFWorkbook());
		List<RawRow> rows = read(xlsx);
		assertThat(rows.get(0).cells()).containsExactly("Отчёт о продажах");
		// the empty second row is not in the file at all; row numbers stay those of the
		// sheet
		assertThat(rows).extracting(RawRow::number).containsExactly(1, 3, 4);
		assertThat(rows.get(1).cells()).containsExactly("sku", "ean", "price", "date", "", "note");
		assertThat(rows.get(2).cells()).containsExactly("EL-1", "4606483756890", "1496.43", "2026-09-01", "", "ok");
	}

	@Test
	void readsOldXls() throws IOException {
		List<RawRow> rows = read(workbook(new HSSFWorkbook()));
		assertThat(rows).extracting(RawRow::number).containsExactly(1, 3, 4);
		assertThat(rows.get(2).cells()).containsExactly("EL-1", "4606483756890", "1496.43", "2026-09-01", "", "ok");
		assertThat(FileType.detect(workbook(new HSSFWorkbook()))).isEqualTo(FileType.XLS);
	}

	@Test
	void tellsTheTypeByContentNotByName() throws IOException {
		assertThat(FileType.detect(workbook(new XSSFWorkbook()))).isEqualTo(FileType.XLSX);
		assertThat(FileType.detect("a;b\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.TEXT);
	}

	@Test
	void refusesEmptyBinaryAndBrokenFilesWithAReason() {
		assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(UnreadableFileException.class)
			.extracting(ex -> ((UnreadableFileException) ex).messageKey())
			.isEqualTo("reading.empty");
		assertThatThrownBy(() -> read(new byte[] { 1, 0, 2, 0, 3 })).isInstanceOf(UnreadableFileException.class)
			.extracting(ex -> ((UnreadableFileException) ex).messageKey())
			.isEqualTo("reading.notATable");
		assertThatThrownBy(() -> read(new byte[] { 'P', 'K', 3, 4, 9, 9, 9 }))
			.isInstanceOf(UnreadableFileException.class)
			.extracting(ex -> ((UnreadableFileException) ex).messageKey())
			.isEqualTo("reading.badWorkbook");
	}

	@Test
	void refusesAZipBombDisguisedAsAWorkbook() throws IOException {
		byte[] genuine = workbook(new XSSFWorkbook());
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(genuine));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] data = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(data, StandardCharsets.UTF_8);
					String padding = " ".repeat(64 * 1024 * 1024);
					data = xml.replace("<sheetData>", "<sheetData>" + padding).getBytes(StandardCharsets.UTF_8);
				}
				out.write(data);
				out.closeEntry();
			}
		}
		assertThat(bomb.size()).isLessThan(1024 * 1024);
		assertThatThrownBy(() -> read(bomb.toByteArray())).isInstanceOf(UnreadableFileException.class)
			.extracting(ex -> ((UnreadableFileException) ex).messageKey())
			.isEqualTo("reading.zipBomb");
	}

	private static byte[] workbook(Workbook workbook) throws IOException {
		try (workbook) {
			Sheet sheet = workbook.createSheet("TDSheet");
			sheet.createRow(0).createCell(0).setCellValue("Отчёт о продажах");
			Row header = sheet.createRow(2);
			String[] names = { "sku", "ean", "price", "date", "", "note" };
			for (int i = 0; i < names.length; i++) {
				if (!names[i].isEmpty()) {
					header.createCell(i).setCellValue(names[i]);
				}
			}
			Row row = sheet.createRow(3);
			row.createCell(0).setCellValue("EL-1");
			row.createCell(1).setCellValue(4606483756890d);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			row.createCell(2).setCellValue(1496.43);
			row.getCell(2).setCellStyle(money);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			row.createCell(3).setCellValue(LocalDate.of(2026, 9, 1));
			row.getCell(3).setCellStyle(date);
			row.createCell(5).setCellValue("ok");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] encode(String text, String charset) {
		return switch (charset) {
			case "UTF-8-BOM" ->
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text.getBytes(StandardCharsets.UTF_8));
			case "UTF-16LE-BOM" ->
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
			case "UTF-16BE-BOM" ->
				concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE));
			default -> text.getBytes(Charset.forName(charset));
		};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	private static List<RawRow> read(byte[] content) {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(content, rows::add);
		return rows;
	}

}
