package com.sellout.portal.reading.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.UnreadableFileException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * The table's sheet (see {@link SheetChoice}) of an Excel 97–2003 .xls (at most 65,536
 * rows, so read whole).
 */
public final class XlsTables {

	private XlsTables() {
	}

	/**
	 * Numbers (also cached formula results) go through the plain formatter; the rest as
	 * displayed.
	 */
	private static String text(Cell cell, PlainNumberFormatter formatter) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
					cell.getCellStyle().getDataFormatString());
		}
		return formatter.formatCellValue(cell);
	}

	/**
	 * @param parameters where the rows of sheets holding only parameters go; null: the
	 * first sheet is the table
	 */
	/**
	 * A row with its outline level and its first cell's indent: the levels of a grouped
	 * 1C report.
	 */
	private static RawRow row(Row row, PlainNumberFormatter formatter) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
			Cell cell = row.getCell(column);
			cells.add(cell == null ? "" : Cells.clean(text(cell, formatter)));
		}
		Cell first = row.getCell(0);
		int indent = first == null ? 0 : first.getCellStyle().getIndention();
		return new RawRow(row.getRowNum() + 1, cells, row.getOutlineLevel(), indent);
	}

	public static void read(byte[] content, Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		PlainNumberFormatter formatter = new PlainNumberFormatter();
		try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new UnreadableFileException("reading.noSheet", "The workbook has no sheet", null);
			}
			SheetChoice choice = new SheetChoice(rows, parameters);
			boolean done = false;
			for (int index = 0; !done; index++) {
				choice.startSheet();
				for (Row row : workbook.getSheetAt(index)) {
					choice.row(row(row, formatter));
				}
				done = choice.endSheet(index + 1 == workbook.getNumberOfSheets());
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UnreadableFileException("reading.badWorkbook", "Not a readable .xls workbook: " + ex.getMessage(),
					ex);
		}
	}

}
