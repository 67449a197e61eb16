package com.sellout.portal.reading.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.UnreadableFileException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx, streamed with SAX so that memory stays bounded whatever the row
 * count. POI's ZIP limits (inflation ratio, entry size) refuse zip bombs; its SAX parser refuses
 * DTDs and external entities.
 */
public final class XlsxTables {

	private XlsxTables() {
	}

	public static void read(byte[] content, Consumer<RawRow> rows) {
		Path file = null;
		try {
			// From a file POI streams each part from the ZIP; from a stream it would hold whole parts in memory.
			file = Files.createTempFile("workbook", ".xlsx");
			Files.write(file, content);
			read(file, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// a temporary file the system will clear
				}
			}
		}
	}

	private static void read(Path file, Consumer<RawRow> rows) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("reading.noSheet", "The workbook has no sheet", null);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = SAXHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows),
						new PlainNumberFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UnreadableFileException("reading.badWorkbook", "Not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
	}

	private static final class RowCollector implements SheetContentsHandler {

		private final Consumer<RawRow> rows;

		private List<String> cells;

		private int rowNumber;

		RowCollector(Consumer<RawRow> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			rowNumber = rowNum + 1;
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			rows.accept(new RawRow(rowNumber, List.copyOf(cells)));
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(Cells.clean(formattedValue));
		}

	}

}
