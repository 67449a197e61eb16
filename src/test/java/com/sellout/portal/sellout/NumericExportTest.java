package com.sellout.portal.sellout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports keep numbers as numbers: in xlsx quantities, prices, amounts and line numbers
 * are numeric cells with a number format and dates are dates; in CSV a negative number is
 * written as it is, and only text that a spreadsheet could run gets an apostrophe. BETA's
 * sales of February 2010.
 */
class NumericExportTest extends PortalTest {

	private static final int FIRST_VALUE = 2; // the data export starts with the
												// distributor and the period

	@Test
	void theSellOutDataAndTheReportLinesExportNumbersAndDates() throws IOException {
		String csv = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n"
				+ "05.02.2010;ООО Щитстрой;6645390113;EL-10001;2;1480,88\n"
				+ "08.02.2010;-x;6645390113;EL-10001;-1;-740,44\n" + "09.02.2010;=1+1;6645390113;EL-10001;1;740,44\n";
		JsonNode report = SellOutApi.json(new SellOutApi(browser()).upload("beta.admin", "numbers.csv",
				csv.getBytes(StandardCharsets.UTF_8), "2010-02"));
		assertThat(report.path("acceptedLines").asInt()).as(report.toString()).isEqualTo(3);
		PortalHttp beta = browser().loggedInAs("beta.admin", "demo");

		try (XSSFWorkbook data = workbook(beta,
				"/sellout/data/export.xlsx?from=2010-02&to=2010-02&sort=sale_date&desc=false")) {
			Sheet sheet = data.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			Row sale = sheet.getRow(1);
			assertNumber(sale, FIRST_VALUE + LineColumn.QUANTITY.ordinal(), 2);
			assertNumber(sale, FIRST_VALUE + LineColumn.AMOUNT_NET.ordinal(), 1480.88);
			assertNumber(sale, FIRST_VALUE + LineColumn.PRICE_NET.ordinal(), 740.44);
			assertNumber(sale, FIRST_VALUE + LineColumn.VAT_RATE.ordinal(), 18);
			assertDate(sale, FIRST_VALUE + LineColumn.SALE_DATE.ordinal(), LocalDate.of(2010, 2, 5));
			Cell inn = sale.getCell(FIRST_VALUE + LineColumn.CLIENT_INN.ordinal());
			assertThat(inn.getCellType()).as("an ИНН is text").isEqualTo(CellType.STRING);
			assertThat(inn.getStringCellValue()).isEqualTo("6645390113");
			Row refund = sheet.getRow(2);
			assertNumber(refund, FIRST_VALUE + LineColumn.AMOUNT_NET.ordinal(), -740.44);
			assertThat(refund.getCell(FIRST_VALUE + LineColumn.CLIENT_NAME.ordinal()).getStringCellValue())
				.isEqualTo("-x");
			Cell formula = sheet.getRow(3).getCell(FIRST_VALUE + LineColumn.CLIENT_NAME.ordinal());
			assertThat(formula.getCellType()).as("text is never a formula").isEqualTo(CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo("=1+1");
		}

		long id = report.path("id").asLong();
		try (XSSFWorkbook lines = workbook(beta, "/sellout/reports/" + id + "/lines.xlsx")) {
			Row first = lines.getSheetAt(0).getRow(1);
			assertNumber(first, 0, 2); // the line number: the header is row 1 of the file
			assertNumber(first, 1 + LineColumn.QUANTITY.ordinal(), 2);
			assertDate(first, 1 + LineColumn.SALE_DATE.ordinal(), LocalDate.of(2010, 2, 5));
		}

		String exported = new String(beta.download("/sellout/data/export.csv?from=2010-02&to=2010-02").body(),
				StandardCharsets.UTF_8);
		assertThat(exported).contains(";-740.44;")
			.contains(";-1.000;")
			.doesNotContain("'-740.44")
			.doesNotContain("'-1")
			.contains(";'-x;")
			.contains(";'=1+1;")
			.contains(";2010-02-05;");
	}

	private static XSSFWorkbook workbook(PortalHttp http, String path) throws IOException {
		HttpResponse<byte[]> response = http.download(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
	}

	private static void assertNumber(Row row, int column, double expected) {
		Cell cell = row.getCell(column);
		assertThat(cell.getCellType()).as("column %d", column).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(expected);
		String format = cell.getCellStyle().getDataFormatString();
		assertThat(format).as("a number format").contains("0").doesNotContain("@");
		assertThat(DateUtil.isCellDateFormatted(cell)).isFalse();
	}

	private static void assertDate(Row row, int column, LocalDate expected) {
		Cell cell = row.getCell(column);
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as("a date format").isTrue();
		assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
	}

}
