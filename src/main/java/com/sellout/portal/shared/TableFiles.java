package com.sellout.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written as a file to download: CSV for Excel (UTF-8 with BOM, ";", text that
 * could be a formula made harmless) or xlsx. A cell's value keeps its kind: a number
 * ({@link BigDecimal}, {@link Integer}, {@link Long}) is a numeric cell with a number
 * format, a {@link LocalDate} a date cell with a date format — so that a spreadsheet sums
 * and sorts them — and anything else is stored as text, so "=1+1" stays text and nothing
 * is evaluated.
 */
public final class TableFiles {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String DATE_FORMAT = "dd.mm.yyyy";

	private TableFiles() {
	}

	public static byte[] csv(List<? extends List<?>> table) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (List<?> row : table) {
			csv.append(row.stream().map(CsvCells::value).collect(Collectors.joining(";"))).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(String sheetName, List<? extends List<?>> table) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < table.size(); r++) {
				Row row = sheet.createRow(r);
				List<?> cells = table.get(r);
				for (int c = 0; c < cells.size(); c++) {
					write(row.createCell(c), cells.get(c), styles);
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

	private static void write(Cell cell, Object value, Styles styles) {
		if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
			cell.setCellStyle(styles.of(numberFormat(number)));
		}
		else if (value instanceof Integer || value instanceof Long) {
			cell.setCellValue(((Number) value).doubleValue());
			cell.setCellStyle(styles.of("0"));
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.of(DATE_FORMAT));
		}
		else {
			// setCellValue(String) stores text: "=1+1" stays text, Excel never evaluates
			// it
			cell.setCellValue(value == null ? "" : value.toString());
		}
	}

	/**
	 * Whole numbers without decimals, others with two, or as many as they have (up to
	 * four: prices).
	 */
	static String numberFormat(BigDecimal number) {
		int scale = Math.min(4, number.stripTrailingZeros().scale());
		return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(Math.max(2, scale));
	}

	/** One cell style per number format: a workbook holds a limited number of styles. */
	private static final class Styles {

		private final Workbook workbook;

		private final Map<String, CellStyle> byFormat = new HashMap<>();

		Styles(Workbook workbook) {
			this.workbook = workbook;
		}

		CellStyle of(String format) {
			return byFormat.computeIfAbsent(format, f -> {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(f));
				return style;
			});
		}

	}

}
