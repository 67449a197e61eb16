package com.sellout.portal.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warning that comes back for every cell — POI cannot parse a number format with
 * colours named in Russian («[Зеленый]0;[Красный]-0;0;@») and says so for each cell that
 * has it — is logged once per file read, and then once with how many times it came back;
 * the next file gets its own first warning.
 */
class RepeatedWarningTest {

	private static final int CELLS = 300;

	private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@BeforeEach
	void capture() {
		logged.start();
		root.addAppender(logged);
	}

	@AfterEach
	void release() {
		root.detachAppender(logged);
	}

	/**
	 * A sheet of sales whose quantity column has a format with colours named in Russian,
	 * which POI cannot parse.
	 */
	private static byte[] workbookWithAnOddFormat() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle quantity = workbook.createCellStyle();
			quantity.setDataFormat(workbook.createDataFormat().getFormat("[Зеленый]0;[Красный]-0;0;@"));
			Sheet sheet = workbook.createSheet("TDSheet");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Дата");
			header.createCell(1).setCellValue("Количество");
			for (int r = 1; r <= CELLS; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("05.01.2010");
				row.createCell(1).setCellValue(r);
				row.getCell(1).setCellStyle(quantity);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aWarningRepeatedForEveryCellIsLoggedOncePerFileWithItsCount() throws IOException {
		byte[] file = workbookWithAnOddFormat();
		for (int read = 1; read <= 2; read++) {
			logged.list.clear();
			List<RawRow> rows = new ArrayList<>();
			TableReader.read(file, rows::add);
			assertThat(rows).hasSize(CELLS + 1);

			List<ILoggingEvent> warnings = logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
			List<String> poi = warnings.stream()
				.filter(e -> e.getLoggerName().startsWith("org.apache.poi"))
				.map(ILoggingEvent::getFormattedMessage)
				.toList();
			// POI says two things for each such cell: the part it cannot parse, and that
			// it falls back
			assertThat(poi).as("read %d: each of POI's warnings, the first time only", read)
				.doesNotHaveDuplicates()
				.hasSizeBetween(1, 2)
				.anyMatch(message -> message.contains("[Зеленый]0;[Красный]-0;0;@"));
			List<String> summary = warnings.stream()
				.filter(e -> !e.getLoggerName().startsWith("org.apache.poi"))
				.map(ILoggingEvent::getFormattedMessage)
				.toList();
			assertThat(summary).as("read %d: how many were not logged", read)
				.hasSizeBetween(1, poi.size())
				.anyMatch(message -> message.startsWith((CELLS - 1) + " more warnings like this one")
						&& message.contains("Formatting failed for format [Зеленый]0;[Красный]-0;0;@"));
		}
	}

}
