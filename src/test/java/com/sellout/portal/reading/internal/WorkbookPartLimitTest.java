package com.sellout.portal.reading.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.sellout.portal.reading.UnreadableFileException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each part of an xlsx is bounded in its inflated size before anything is parsed: a
 * worksheet by {@link WorkbookContainer#MAX_SHEET_BYTES}, the parts the reader holds
 * whole (shared strings…) by {@link WorkbookContainer#MAX_PART_BYTES}. Here with small
 * limits, so that the files stay small.
 */
class WorkbookPartLimitTest {

	private static final long MB = 1024 * 1024;

	private static byte[] built;

	/**
	 * 15,000 rows of sales: a sheet part and shared strings of a few MB each (built once:
	 * POI takes its time).
	 */
	private static synchronized byte[] bigWorkbook() throws IOException {
		if (built == null) {
			built = build();
		}
		return built;
	}

	private static byte[] build() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("TDSheet");
			for (int r = 0; r < 15_000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("05.01.2010");
				row.createCell(1).setCellValue("ООО Клиент " + r);
				row.createCell(2).setCellValue("EL-10001");
				row.createCell(3).setCellValue(r);
				row.createCell(4).setCellValue(r * 740.44);
				row.createCell(5).setCellValue("г. Екатеринбург, ул. Ленина, д. " + r + ", склад готовой продукции");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aSheetPartLargerThanTheLimitIsRefusedNamingIt() throws IOException {
		byte[] workbook = bigWorkbook();
		assertThatThrownBy(() -> WorkbookContainer.check(workbook, MB, WorkbookContainer.MAX_PART_BYTES))
			.isInstanceOf(UnreadableFileException.class)
			.satisfies(ex -> {
				UnreadableFileException refused = (UnreadableFileException) ex;
				assertThat(refused.messageKey()).isEqualTo("reading.zipPartTooLarge");
				assertThat(refused.arguments()).containsExactly("xl/worksheets/sheet1.xml", "1");
			});
		assertThatCode(() -> WorkbookContainer.check(workbook)).as("the real limits take it")
			.doesNotThrowAnyException();
	}

	@Test
	void sharedStringsLargerThanThePartLimitAreRefused() throws IOException {
		byte[] workbook = bigWorkbook();
		assertThatThrownBy(() -> WorkbookContainer.check(workbook, WorkbookContainer.MAX_SHEET_BYTES, MB))
			.isInstanceOf(UnreadableFileException.class)
			.satisfies(ex -> assertThat(((UnreadableFileException) ex).arguments())
				.containsExactly("xl/sharedStrings.xml", "1"));
	}

}
