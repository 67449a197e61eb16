package com.sellout.portal.sellout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A 1C:УТ/КА/ERP report grouped by rows, as 1C saves it: a title block, a header whose
 * first column names the groupings («Контрагент / Номенклатура»), group rows with
 * subtotals, lines below them and «Итого» at the end. Its levels are written as Excel
 * outline levels, as first-cell indents, or not at all (CSV: content only). Expected
 * figures are kept as the rows are added.
 */
final class OneCGroupedReport {

	enum Levels {

		OUTLINE, INDENT, NONE

	}

	private record GroupRow(int level, List<Object> cells) {
	}

	private final List<String> title = new ArrayList<>();

	private final List<String> parameters = new ArrayList<>();

	private final List<String> header;

	private final List<GroupRow> rows = new ArrayList<>();

	private final boolean amountsIncludeVat;

	private int lines;

	private BigDecimal quantity = BigDecimal.ZERO;

	private BigDecimal amountNet = BigDecimal.ZERO;

	private OneCGroupedReport(boolean amountsIncludeVat, String... header) {
		this.amountsIncludeVat = amountsIncludeVat;
		this.header = List.of(header);
	}

	/** «Контрагент / Номенклатура | ИНН | Артикул | Количество | Сумма с/без НДС». */
	static OneCGroupedReport clientsThenProducts(boolean amountsIncludeVat) {
		return new OneCGroupedReport(amountsIncludeVat, "Контрагент / Номенклатура", "ИНН", "Артикул", "Количество",
				amountsIncludeVat ? "Сумма с НДС" : "Сумма без НДС");
	}

	/** «Номенклатура / Контрагент | Артикул | ИНН | Количество | Сумма». */
	static OneCGroupedReport productsThenClients(boolean amountsIncludeVat) {
		return new OneCGroupedReport(amountsIncludeVat, "Номенклатура / Контрагент", "Артикул", "ИНН", "Количество",
				amountsIncludeVat ? "Сумма с НДС" : "Сумма без НДС");
	}

	/** «Контрагент / Документ / Номенклатура | ИНН | Артикул | Количество | Сумма». */
	static OneCGroupedReport clientsDocumentsProducts(boolean amountsIncludeVat) {
		return new OneCGroupedReport(amountsIncludeVat, "Контрагент / Документ / Номенклатура", "ИНН", "Артикул",
				"Количество", amountsIncludeVat ? "Сумма с НДС" : "Сумма без НДС");
	}

	OneCGroupedReport title(String line) {
		title.add(line);
		return this;
	}

	/** A line of the first sheet that holds only the report's parameters. */
	OneCGroupedReport parameter(String line) {
		parameters.add(line);
		return this;
	}

	/**
	 * A group row (client, document or product) with its subtotals; its cells follow the
	 * header.
	 */
	OneCGroupedReport group(int level, Object... cells) {
		rows.add(new GroupRow(level, List.of(cells)));
		return this;
	}

	/** A line: the last two cells are the quantity and the amount as printed. */
	OneCGroupedReport line(int level, Object... cells) {
		rows.add(new GroupRow(level, List.of(cells)));
		lines++;
		BigDecimal qty = new BigDecimal(cells[cells.length - 2].toString());
		BigDecimal amount = new BigDecimal(cells[cells.length - 1].toString());
		return counted(qty, amount);
	}

	/**
	 * A line of a return document printed with positive figures: the portal reads it
	 * negative.
	 */
	OneCGroupedReport returnPrintedPositive(int level, Object... cells) {
		rows.add(new GroupRow(level, List.of(cells)));
		lines++;
		BigDecimal qty = new BigDecimal(cells[cells.length - 2].toString()).negate();
		BigDecimal amount = new BigDecimal(cells[cells.length - 1].toString()).negate();
		return counted(qty, amount);
	}

	private OneCGroupedReport counted(BigDecimal qty, BigDecimal amount) {
		quantity = quantity.add(qty);
		// the tests' reports are of 2023–2024, when VAT was 20 %
		amountNet = amountNet.add(amountsIncludeVat ? amount.divide(new BigDecimal("1.20"), 2, RoundingMode.HALF_UP)
				: amount.setScale(2, RoundingMode.HALF_UP));
		return this;
	}

	int lines() {
		return lines;
	}

	BigDecimal quantity() {
		return quantity;
	}

	BigDecimal amountNet() {
		return amountNet;
	}

	byte[] xlsx(Levels levels) {
		return workbook(new XSSFWorkbook(), levels);
	}

	byte[] xls(Levels levels) {
		return workbook(new HSSFWorkbook(), levels);
	}

	/** As 1C's «Сохранить как CSV»: no levels at all, «;»-separated, windows-1251. */
	byte[] csv() {
		return csv(false);
	}

	/** As a text export that shows levels by leading spaces in the first cell. */
	byte[] csv(boolean indented) {
		StringBuilder text = new StringBuilder();
		title.forEach(line -> text.append(line).append('\n'));
		text.append('\n').append(String.join(";", header)).append('\n');
		for (GroupRow row : rows) {
			List<String> cells = new ArrayList<>();
			row.cells()
				.forEach(cell -> cells
					.add(quoted(cell instanceof Number ? cell.toString().replace('.', ',') : cell.toString())));
			if (indented) {
				cells.set(0, "    ".repeat(row.level()) + cells.get(0));
			}
			text.append(String.join(";", cells)).append('\n');
		}
		text.append("Итого").append('\n');
		return text.toString().getBytes(Charset.forName("windows-1251"));
	}

	private static String quoted(String cell) {
		return cell.contains("\"") || cell.contains(";") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

	private byte[] workbook(Workbook book, Levels levels) {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (!parameters.isEmpty()) {
				Sheet sheet = book.createSheet("Параметры");
				for (int i = 0; i < parameters.size(); i++) {
					String[] parts = parameters.get(i).split(": ", 2);
					Row row = sheet.createRow(i);
					row.createCell(0).setCellValue(parts[0] + (parts.length > 1 ? ":" : ""));
					if (parts.length > 1) {
						row.createCell(1).setCellValue(parts[1]);
					}
				}
			}
			Sheet sheet = book.createSheet("Отчет");
			int r = 0;
			for (String line : title) {
				sheet.createRow(r++).createCell(0).setCellValue(line);
			}
			r++;
			Row head = sheet.createRow(r++);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			List<CellStyle> indents = new ArrayList<>();
			for (int level = 0; level < 3; level++) {
				CellStyle style = book.createCellStyle();
				style.setIndention((short) (level * 2));
				indents.add(style);
			}
			int firstData = r;
			for (GroupRow groupRow : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < groupRow.cells().size(); i++) {
					Object value = groupRow.cells().get(i);
					Cell cell = row.createCell(i);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
					if (i == 0 && levels == Levels.INDENT) {
						cell.setCellStyle(indents.get(groupRow.level()));
					}
				}
			}
			if (levels == Levels.OUTLINE) {
				outline(sheet, firstData);
			}
			Row total = sheet.createRow(r);
			total.createCell(0).setCellValue("Итого");
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Excel's row groups, as 1C writes them: each run of deeper rows grouped under its
	 * group row.
	 */
	private void outline(Sheet sheet, int firstData) {
		for (int level = 1; level < 3; level++) {
			int start = -1;
			for (int i = 0; i <= rows.size(); i++) {
				boolean deeper = i < rows.size() && rows.get(i).level() >= level;
				if (deeper && start < 0) {
					start = i;
				}
				else if (!deeper && start >= 0) {
					sheet.groupRow(firstData + start, firstData + i - 1);
					start = -1;
				}
			}
		}
	}

}
