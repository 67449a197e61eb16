package com.sellout.portal.quotes.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.quotes.Quote;
import com.sellout.portal.quotes.QuoteLine;
import com.sellout.portal.quotes.QuoteTotals;
import com.sellout.portal.quotes.Requisites;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal's PDF and xlsx, read back: the PDF's text extracted by PDFBox, its fonts
 * the embedded DejaVu; the xlsx opened by POI.
 */
class QuoteDocumentsTest {

	private static final String LONG_NAME = "Светильник светодиодный промышленный подвесной с широкой диаграммой "
			+ "направленности и защитой от пыли и влаги IP65 для складов, цехов и торговых залов";

	@Test
	void thePdfSaysWhatTheProposalIs() throws IOException {
		Quote quote = quote();
		byte[] pdf = QuotePdf.render(quote, TestImages.png(200, 80));

		String text = text(pdf).replaceAll("\\s+", " ");
		assertThat(text)
			.contains("Коммерческое предложение № КП-ALFA-2026-7", "Версия 2", "действительно до 31.12.2026")
			.contains("Клиент: ООО \"<b>Ромашка</b>\" & Co, ИНН 7707083893")
			.contains("LED-100", "LED-200")
			.contains("1 220,00", "Итого без НДС:", "Всего с НДС:")
			.contains(money(quote.totalNet()), money(quote.vat()), money(quote.total()))
			.contains("Сумма прописью: " + quote.totalInWords())
			// the manufacturer's and the supplier's requisites
			.contains("АО \"Светотехника\"", "ИНН/КПП: 7736050003 / 773601001", "БИК 044525225",
					"р/с 40702810400000000001", "к/с 30101810400000000225", "Поставщик: ООО \"Альфа Электро\"",
					"г. Москва, ул. Ленина, д. 1");
		// the long name wraps, every word of it still there, in order
		assertThat(text).contains(LONG_NAME);
		// a proposal shows the prices offered and nothing of a price floor
		assertThat(text.toLowerCase()).doesNotContain("минимальн", "floor", "порог");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> fonts = new ArrayList<>();
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					PDFontDescriptor descriptor = font.getFontDescriptor();
					assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
					fonts.add(descriptor.getFontName());
				}
				assertThat(page.getResources().getXObjectNames()).as("the logo").isNotEmpty();
			}
			assertThat(fonts).allMatch(f -> f.contains("DejaVuSans"));
		}
	}

	@Test
	void manyLinesGoOnToMorePagesWithTheirHeader() throws IOException {
		List<QuoteLine> lines = new ArrayList<>();
		for (int i = 1; i <= 80; i++) {
			lines.add(line(i, "SKU-" + i, "Товар " + i, "1", "10.00", "0", "22"));
		}
		byte[] pdf = QuotePdf.render(withLines(quote(), lines), null);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
		}
		String text = text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("1 SKU-1 Товар 1 ", "80 SKU-80 Товар 80 ")
			.contains("Сумма прописью: Девятьсот семьдесят шесть рублей 00 копеек");
		assertThat(text.split("Артикул", -1)).as("the table's header on each page").hasSizeGreaterThan(2);
	}

	@Test
	void theXlsxReadsBackWithItsNumbersAsNumbers() throws IOException {
		Quote quote = quote();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(QuoteXlsx.write(quote)))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<String> firstColumn = new ArrayList<>();
			Row header = null;
			Row firstLine = null;
			for (Row row : sheet) {
				String a = formatter.formatCellValue(row.getCell(0));
				firstColumn.add(a);
				if ("№".equals(a)) {
					header = row;
				}
				else if (header != null && firstLine == null) {
					firstLine = row;
				}
			}
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("КП-ALFA-2026-7");
			assertThat(firstColumn).contains("Клиент", "Итого без НДС", "НДС", "Всего с НДС", "Сумма прописью");
			assertThat(header).isNotNull();
			assertThat(firstLine.getCell(1).getStringCellValue()).isEqualTo("LED-100");
			assertThat(firstLine.getCell(3).getNumericCellValue()).isEqualTo(10.0);
			assertThat(firstLine.getCell(5).getNumericCellValue()).isEqualTo(100.0);
			assertThat(firstLine.getCell(10).getNumericCellValue()).isEqualTo(1220.0);
			Row total = null;
			for (Row row : sheet) {
				if ("Всего с НДС".equals(formatter.formatCellValue(row.getCell(0)))) {
					total = row;
				}
			}
			assertThat(BigDecimal.valueOf(total.getCell(1).getNumericCellValue())).isEqualByComparingTo(quote.total());
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
		}
	}

	private static String money(BigDecimal value) {
		return QuotePdf.money(value).replace('\u00a0', ' ');
	}

	static Quote quote() {
		List<QuoteLine> lines = List.of(line(1, "LED-100", "Светильник LED 36 Вт", "10", "100.00", "0", "22"),
				line(2, "LED-200", LONG_NAME, "3", "1234.56", "7.5", "20"));
		return withLines(new Quote(42, "КП-ALFA-2026-7", 2, 1, null, "7707083893", "ООО \"<b>Ромашка</b>\" & Co",
				LocalDate.of(2026, 12, 31), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "",
				OffsetDateTime.of(2026, 12, 4, 10, 0, 0, 0, ZoneOffset.UTC), "Анна Петрова", List.of(),
				new Requisites("АО \"Светотехника\"", "7736050003", "773601001", "г. Москва, Проспект Мира, д. 10",
						"ПАО Сбербанк", "044525225", "40702810400000000001", "30101810400000000225", null, null),
				new Requisites("ООО \"Альфа Электро\"", "7701234567", null, "г. Москва, ул. Ленина, д. 1", null, null,
						null, null, "+7 495 000-00-00", "sales@alfa.example"),
				null, List.of()), lines);
	}

	private static Quote withLines(Quote q, List<QuoteLine> lines) {
		QuoteTotals totals = QuoteTotals
			.of(lines.stream().map(l -> new QuoteTotals.LineSums(l.net(), l.vat(), l.total())).toList());
		return new Quote(q.id(), q.number(), q.version(), q.distributorId(), q.projectId(), q.clientInn(),
				q.clientName(), q.validUntil(), totals.net(), totals.vat(), totals.total(),
				AmountInWords.of(totals.total()), q.createdAt(), q.createdBy(), lines, q.manufacturer(), q.supplier(),
				q.logoId(), q.versions());
	}

	private static QuoteLine line(int no, String sku, String name, String quantity, String price, String discount,
			String rate) {
		QuoteTotals.LineSums sums = QuoteTotals.line(new BigDecimal(quantity), new BigDecimal(price),
				new BigDecimal(discount), new BigDecimal(rate));
		return new QuoteLine(no, sku, name, "шт", new BigDecimal(quantity), new BigDecimal(price),
				new BigDecimal(discount), new BigDecimal(rate), sums.net(), sums.vat(), sums.total());
	}

}
