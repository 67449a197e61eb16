package com.sellout.portal.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import com.sellout.portal.reading.internal.CsvTables;
import com.sellout.portal.reading.internal.Handoff;
import com.sellout.portal.reading.internal.HtmlTables;
import com.sellout.portal.reading.internal.RepeatedWarnings;
import com.sellout.portal.reading.internal.WorkbookContainer;
import com.sellout.portal.reading.internal.XlsTables;
import com.sellout.portal.reading.internal.XlsxTables;

/**
 * Reads the first sheet of a workbook (or the sheet with the table, when asked), or a
 * delimited text file, row by row. The type comes from the content; text files get their
 * charset (BOM, UTF-16 told by its NUL bytes, strict UTF-8, else windows-1251 — a UTF-8
 * file with bytes of another charset is refused) and delimiter (";", ",", tab or "|")
 * detected. An xlsx's container is checked first (parts written twice, a DOCTYPE, too
 * many parts, zip bombs), so that its refusal names the cause. A warning a library logs
 * for every cell is logged once per file, with its count. Numbers come as plain text
 * ("1496.43", never "1.5E+12"), dates formatted in a workbook as ISO dates
 * ("2026-09-01").
 */
public final class TableReader {

	/**
	 * Files above this size are refused before reading (zip bombs by the container check,
	 * with POI's limits); callers enforce their own, smaller, configured limits before
	 * this one.
	 */
	public static final int MAX_BYTES = 1024 * 1024 * 1024;

	/**
	 * Formats parsed whole in memory (xls, HTML) are refused above this size; delimited
	 * text is streamed and has only {@link #MAX_BYTES}.
	 */
	public static final long MAX_WHOLE_BYTES = 32L * 1024 * 1024;

	private TableReader() {
	}

	/**
	 * Reads the table of a file on disk: delimited text as a stream (never whole in
	 * memory), xlsx from the file (its container checked as a stream, sheets streamed
	 * from the ZIP), xls and HTML whole and only up to {@link #MAX_WHOLE_BYTES}.
	 */
	public static FileType read(TableFile file, Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		long size = file.size();
		if (size == 0) {
			throw new UnreadableFileException("reading.empty", "The file is empty", null);
		}
		if (size > MAX_BYTES) {
			throw new UnreadableFileException("reading.tooLarge", "The file is larger than " + MAX_BYTES + " bytes",
					null, MAX_BYTES / 1024 / 1024);
		}
		FileType type = file.type();
		if (type != FileType.TEXT) {
			if ((type == FileType.XLS || type == FileType.HTML) && size > MAX_WHOLE_BYTES) {
				throw new UnreadableFileException("reading.tooLargeToReadWhole",
						"A " + type + " file of " + size + " bytes, read whole only up to " + MAX_WHOLE_BYTES, null,
						type.name(), MAX_WHOLE_BYTES / 1024 / 1024);
			}
			if (type == FileType.XLSX) {
				return readWorkbook(file, rows, parameters);
			}
			return read(file.bytes(), type, rows, parameters);
		}
		Handoff handoff = new Handoff(rows);
		try (RepeatedWarnings once = RepeatedWarnings.whileReading()) {
			CsvTables.read(file::open, handoff);
		}
		catch (RuntimeException ex) {
			handoff.rethrowCallersFailure();
			throw ex;
		}
		return type;
	}

	/**
	 * An xlsx from its file: the container checked as a stream, the sheets streamed from
	 * the ZIP.
	 */
	private static FileType readWorkbook(TableFile file, Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		Handoff handoff = new Handoff(rows);
		try (RepeatedWarnings once = RepeatedWarnings.whileReading()) {
			try (InputStream content = file.open()) {
				WorkbookContainer.check(content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			XlsxTables.read(file.path(), handoff, parameters);
		}
		catch (RuntimeException ex) {
			handoff.rethrowCallersFailure();
			throw ex;
		}
		return FileType.XLSX;
	}

	public static FileType read(byte[] content, Consumer<RawRow> rows) {
		return read(content, rows, null);
	}

	/**
	 * Reads the table of a file; in a workbook, sheets that hold only a report's
	 * parameters are passed over to the sheet with the table (found by content), their
	 * rows given to {@code parameters}. What {@code rows} throws comes back unchanged: it
	 * is never the file's fault.
	 */
	public static FileType read(byte[] content, Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		return read(content, null, rows, parameters);
	}

	/**
	 * The same for content whose type was told where it came in ({@code type}; null: told
	 * here from the content), so that it is not detected a second time.
	 */
	public static FileType read(byte[] content, FileType known, Consumer<RawRow> rows, Consumer<RawRow> parameters) {
		if (content.length == 0) {
			throw new UnreadableFileException("reading.empty", "The file is empty", null);
		}
		if (content.length > MAX_BYTES) {
			throw new UnreadableFileException("reading.tooLarge", "The file is larger than " + MAX_BYTES + " bytes",
					null, MAX_BYTES / 1024 / 1024);
		}
		FileType type = known != null ? known : FileType.detect(content);
		Handoff handoff = new Handoff(rows);
		try (RepeatedWarnings once = RepeatedWarnings.whileReading()) {
			switch (type) {
				case XLSX -> {
					WorkbookContainer.check(content);
					XlsxTables.read(content, handoff, parameters);
				}
				case XLS -> XlsTables.read(content, handoff, parameters);
				case HTML -> HtmlTables.read(content, handoff);
				case TEXT -> CsvTables.read(content, handoff);
			}
		}
		catch (RuntimeException ex) {
			handoff.rethrowCallersFailure();
			throw ex;
		}
		return type;
	}

}
