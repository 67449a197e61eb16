package com.sellout.portal.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a workbook says about a row besides its cells (outline level, first cell's
 * indent), which sheet holds the table, and that a failure of the caller's own row
 * handling is never reported as a damaged file.
 */
class RowStructureTest {

	private static byte[] workbook(String kind, Function<Workbook, Workbook> fill) {
		Workbook book = kind.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
		try (Workbook filled = fill.apply(book); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filled.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A client row, two product rows grouped and indented under it, another client. */
	private static Workbook grouped(Workbook book) {
		Sheet sheet = book.createSheet("Отчет");
		CellStyle indented = book.createCellStyle();
		indented.setIndention((short) 2);
		String[][] rows = { { "Контрагент / Номенклатура", "Количество", "Сумма" }, { "ООО Ромашка", "3", "30" },
				{ "Розетка", "1", "10" }, { "Лампа", "2", "20" }, { "ООО Василек", "1", "5" } };
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				row.createCell(c).setCellValue(rows[r][c]);
			}
			if (r == 2 || r == 3) {
				row.getCell(0).setCellStyle(indented);
			}
		}
		sheet.groupRow(2, 3);
		return book;
	}

	private static List<RawRow> read(byte[] content, List<RawRow> parameters) {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(content, rows::add, parameters == null ? null : parameters::add);
		return rows;
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void aRowCarriesItsOutlineLevelAndItsFirstCellsIndent(String kind) {
		List<RawRow> rows = read(workbook(kind, RowStructureTest::grouped), null);
		assertThat(rows).extracting(RawRow::outline).containsExactly(0, 0, 1, 1, 0);
		assertThat(rows).extracting(RawRow::indent).containsExactly(0, 0, 2, 2, 0);
		assertThat(rows.get(2).cells()).containsExactly("Розетка", "1", "10");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void aFirstSheetOfParametersIsPassedOverWhenTheCallerAsks(String kind) {
		byte[] content = workbook(kind, book -> {
			Sheet parameters = book.createSheet("Параметры");
			parameters.createRow(0).createCell(0).setCellValue("Период:");
			parameters.getRow(0).createCell(1).setCellValue("Декабрь 2026 г.");
			parameters.createRow(1).createCell(0).setCellValue("Отбор: Организация Равно Альфа");
			return grouped(book);
		});
		List<RawRow> given = new ArrayList<>();
		List<RawRow> rows = read(content, given);
		assertThat(rows.get(0).cells()).containsExactly("Контрагент / Номенклатура", "Количество", "Сумма");
		assertThat(given).extracting(row -> String.join(" ", row.cells()))
			.containsExactly("Период: Декабрь 2026 г.", "Отбор: Организация Равно Альфа");
		// plain imports keep reading the first sheet
		assertThat(read(content, null).get(0).cells()).containsExactly("Период:", "Декабрь 2026 г.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls", "csv", "html" })
	void whatTheCallersRowHandlingThrowsComesBackUnchangedNotAsADamagedFile(String kind) {
		StringBuilder csv = new StringBuilder("a;b;c\n");
		for (int i = 0; i < 50; i++) {
			csv.append(i).append(";x;y\n");
		}
		byte[] content = switch (kind) {
			case "csv" -> csv.toString().getBytes(StandardCharsets.UTF_8);
			case "html" -> ("<html><body><table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr>"
					+ "<tr><td>3</td><td>4</td></tr></table></body></html>")
				.getBytes(StandardCharsets.UTF_8);
			default -> workbook(kind, RowStructureTest::grouped);
		};
		DataAccessResourceFailureException lost = new DataAccessResourceFailureException("connection lost");
		int[] seen = { 0 };
		assertThatThrownBy(() -> TableReader.read(content, row -> {
			if (++seen[0] == 2) {
				throw lost;
			}
		})).isSameAs(lost);
		IllegalStateException ours = new IllegalStateException("a layout that needs a person");
		assertThatThrownBy(() -> TableReader.read(content, row -> {
			throw ours;
		})).isSameAs(ours);
	}

}
