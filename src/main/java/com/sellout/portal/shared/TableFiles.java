package com.sellout.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table of texts written as a file to download: CSV for Excel (UTF-8 with BOM, ";", cells that
 * could be formulas made harmless) or xlsx (every cell stored as text, so nothing is evaluated).
 */
public final class TableFiles {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private TableFiles() {
	}

	public static byte[] csv(List<List<String>> table) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (List<String> row : table) {
			csv.append(row.stream().map(CsvCells::safe).collect(Collectors.joining(";"))).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(String sheetName, List<List<String>> table) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < table.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = table.get(r);
				for (int c = 0; c < cells.size(); c++) {
					// setCellValue(String) stores text: "=1+1" stays text, Excel never evaluates it
					row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
