package com.sellout.portal.reading.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The table's sheet of an .xlsx (see {@link SheetChoice}), streamed with SAX so that
 * memory stays bounded whatever the row count. POI's ZIP limits (inflation ratio, entry
 * size) refuse zip bombs; its SAX parser refuses DTDs and external entities.
 */
public final class XlsxTables {

	private XlsxTables() {
	}

	/**
	 * @param parameters where the rows of sheets holding only parameters go; null: the
	 * first sheet is the table
	 */
	public static void read(byte[] content, Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		Path file = null;
		try {
			// From a file POI streams each part from the ZIP; from a stream it would hold
			// whole parts in memory.
			file = Files.createTempFile("workbook", ".xlsx");
			Files.write(file, content);
			read(file, new SheetChoice(rows, parameters));
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

	/**
	 * Reads a workbook on disk: POI streams each part from the ZIP, nothing of it is held
	 * whole.
	 */
	public static void read(Path file, Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		read(file, new SheetChoice(rows, parameters));
	}

	private static void read(Path file, SheetChoice choice) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("reading.noSheet", "The workbook has no sheet", null);
			}
			boolean done = false;
			while (!done) {
				try (InputStream sheet = sheets.next()) {
					choice.startSheet();
					RowCollector collector = new RowCollector(choice, styles);
					XMLReader parser = SAXHelper.newXMLReader();
					parser.setContentHandler(new RowAttributes(new XSSFSheetXMLHandler(styles, null, strings, collector,
							new PlainNumberFormatter(), false), collector));
					parser.parse(new InputSource(sheet));
				}
				done = choice.endSheet(!sheets.hasNext());
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UnreadableFileException("reading.badWorkbook",
					"Not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
	}

	/**
	 * What POI's sheet handler does not pass on: a row's outline level and the indent of
	 * its first cell — how 1C shows the levels of a grouped report.
	 */
	private static final class RowAttributes extends DelegatingHandler {

		private final RowCollector collector;

		RowAttributes(ContentHandler delegate, RowCollector collector) {
			super(delegate);
			this.collector = collector;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			if ("row".equals(localName)) {
				collector.outline = number(atts.getValue("outlineLevel"));
				collector.indent = 0;
			}
			else if ("c".equals(localName)) {
				String reference = atts.getValue("r");
				String style = atts.getValue("s");
				if (style != null && reference != null && new CellReference(reference).getCol() == 0) {
					collector.indent = collector.indentOf(number(style));
				}
			}
			super.startElement(uri, localName, qName, atts);
		}

		private static int number(String text) {
			if (text == null || text.isEmpty() || text.length() > 6) {
				return 0;
			}
			try {
				return Math.max(0, Integer.parseInt(text));
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

	}

	private static final class RowCollector implements SheetContentsHandler {

		private final SheetChoice rows;

		private final StylesTable styles;

		private List<String> cells;

		private int rowNumber;

		int outline;

		int indent;

		RowCollector(SheetChoice rows, StylesTable styles) {
			this.rows = rows;
			this.styles = styles;
		}

		int indentOf(int style) {
			if (styles == null || style >= styles.getNumCellStyles()) {
				return 0;
			}
			return styles.getStyleAt(style).getIndention();
		}

		@Override
		public void startRow(int rowNum) {
			rowNumber = rowNum + 1;
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			rows.row(new RawRow(rowNumber, List.copyOf(cells), outline, indent));
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
