package com.sellout.portal.quotes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.quotes.Quote;
import com.sellout.portal.quotes.QuoteLine;
import com.sellout.portal.quotes.Requisites;
import com.sellout.portal.shared.DateTexts;
import com.sellout.portal.shared.DisplayNumbers;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as a PDF, drawn with Apache PDFBox: A4, DejaVu Sans (regular and bold) read
 * from the application's own resources ({@code fonts/}, licence beside them) and embedded
 * as subsets — never a font of the machine, nothing loaded from anywhere else. What
 * people typed (client, requisites, product names) is drawn as text, character by
 * character, so nothing in it is markup; a character the font lacks is drawn as «?»; long
 * text wraps. The logo is checked again ({@link LogoCheck}: type, size, dimensions from
 * its header) before PDFBox decodes it. The document is in Russian, as the client reads
 * it; it shows the prices offered and never a price floor.
 */
public final class QuotePdf {

	private static final Locale RU = Locale.forLanguageTag("ru");

	private static final float MARGIN = 40;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	/** Table columns: header, width, right-aligned. */
	private static final String[] HEADERS = { "№", "Артикул", "Наименование", "Кол-во", "Ед.", "Цена без НДС",
			"Скидка %", "Сумма без НДС", "НДС %", "НДС", "Всего с НДС" };

	private static final float[] COLUMNS = { 18, 55, 112, 38, 24, 52, 34, 56, 28, 46, 52 };

	private static final boolean[] RIGHT = { true, false, false, true, false, true, true, true, true, true, true };

	private QuotePdf() {
	}

	public static byte[] render(Quote quote, byte @Nullable [] logo) {
		try (PDDocument document = new PDDocument()) {
			PDFont regular = font(document, "fonts/DejaVuSans.ttf");
			PDFont bold = font(document, "fonts/DejaVuSans-Bold.ttf");
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("Коммерческое предложение " + quote.number());
			info.setCreator("Sell-out Portal");
			try (Canvas canvas = new Canvas(document, regular, bold)) {
				draw(canvas, quote, logo);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = QuotePdf.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("The font " + resource + " is missing from the application");
			}
			return PDType0Font.load(document, in, true);
		}
	}

	private static void draw(Canvas c, Quote quote, byte @Nullable [] logo) throws IOException {
		float top = c.y;
		float logoBottom = top;
		if (logo != null) {
			logoBottom = c.logo(logo, MARGIN, top, 150, 60);
		}
		// the manufacturer on the right
		float x = MARGIN + WIDTH / 2;
		c.y = top;
		Requisites m = quote.manufacturer();
		if (!m.name().isBlank()) {
			c.paragraph(m.name(), c.bold, 10, x, WIDTH / 2);
		}
		for (String line : requisiteLines(m)) {
			c.paragraph(line, c.regular, 8, x, WIDTH / 2);
		}
		c.y = Math.min(c.y, logoBottom) - 16;

		c.paragraph("Коммерческое предложение № " + quote.number(), c.bold, 14, MARGIN, WIDTH);
		c.paragraph("Версия " + quote.version() + " от " + DateTexts.shown(quote.createdAt().toLocalDate())
				+ " · действительно до " + DateTexts.shown(quote.validUntil()), c.regular, 9, MARGIN, WIDTH);
		c.y -= 8;

		Requisites s = quote.supplier();
		c.paragraph("Поставщик: " + s.name(), c.bold, 9, MARGIN, WIDTH);
		for (String line : requisiteLines(s)) {
			c.paragraph(line, c.regular, 8, MARGIN, WIDTH);
		}
		c.y -= 4;
		c.paragraph("Клиент: " + quote.clientName() + ", ИНН " + quote.clientInn(), c.bold, 9, MARGIN, WIDTH);
		c.y -= 8;

		table(c, quote.lines());
		c.y -= 6;
		c.totalLine("Итого без НДС:", money(quote.totalNet()), false);
		c.totalLine("НДС:", money(quote.vat()), false);
		c.totalLine("Всего с НДС:", money(quote.total()), true);
		c.y -= 6;
		c.paragraph("Сумма прописью: " + quote.totalInWords(), c.regular, 9, MARGIN, WIDTH);
		c.paragraph("Предложение действительно до " + DateTexts.shown(quote.validUntil()) + ".", c.regular, 9, MARGIN,
				WIDTH);
		c.y -= 10;
		c.paragraph("Подготовил: " + quote.createdBy(), c.regular, 8, MARGIN, WIDTH);
	}

	private static void table(Canvas c, List<QuoteLine> lines) throws IOException {
		c.row(HEADERS, true);
		for (QuoteLine l : lines) {
			String[] cells = { String.valueOf(l.lineNo()), l.sku(), l.name(), number(l.quantity()), l.unit(),
					money(l.price()), number(l.discountPercent()), money(l.net()), number(l.vatRate()), money(l.vat()),
					money(l.total()) };
			if (c.y - c.rowHeight(cells, false) < MARGIN) {
				c.newPage();
				c.row(HEADERS, true);
			}
			c.row(cells, false);
		}
	}

	/** The requisites as printed lines; what is not set is left out. */
	static List<String> requisiteLines(Requisites r) {
		List<String> lines = new ArrayList<>();
		String innKpp = join(" / ", r.inn(), r.kpp());
		if (!innKpp.isEmpty()) {
			lines.add((r.kpp() != null ? "ИНН/КПП: " : "ИНН: ") + innKpp);
		}
		if (r.address() != null) {
			lines.add("Адрес: " + r.address());
		}
		String bank = join(", ", r.bank() == null ? null : "Банк: " + r.bank(),
				r.bik() == null ? null : "БИК " + r.bik(), r.account() == null ? null : "р/с " + r.account(),
				r.corrAccount() == null ? null : "к/с " + r.corrAccount());
		if (!bank.isEmpty()) {
			lines.add(bank);
		}
		String contacts = join(", ", r.phone() == null ? null : "тел. " + r.phone(), r.email());
		if (!contacts.isEmpty()) {
			lines.add(contacts);
		}
		return lines;
	}

	private static String join(String separator, @Nullable String... parts) {
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (!out.isEmpty()) {
					out.append(separator);
				}
				out.append(part);
			}
		}
		return out.toString();
	}

	static String money(BigDecimal value) {
		return DisplayNumbers.format(value, "#,##0.00", RU);
	}

	static String number(BigDecimal value) {
		return DisplayNumbers.format(value, "#,##0.###", RU);
	}

	/** The pages being drawn and where the next line goes. */
	private static final class Canvas implements AutoCloseable {

		private final PDDocument document;

		private final PDFont regular;

		private final PDFont bold;

		private PDPageContentStream stream;

		private float y;

		Canvas(PDDocument document, PDFont regular, PDFont bold) throws IOException {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
			newPage();
		}

		void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		/** Draws the logo scaled into the box; returns the y below it. */
		float logo(byte[] content, float x, float top, float maxWidth, float maxHeight) throws IOException {
			LogoCheck.Logo checked = LogoCheck.check(content);
			PDImageXObject image = PDImageXObject.createFromByteArray(document, content,
					checked.contentType().equals("image/png") ? "logo.png" : "logo.jpg");
			float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
			float w = image.getWidth() * scale;
			float h = image.getHeight() * scale;
			stream.drawImage(image, x, top - h, w, h);
			return top - h;
		}

		/** Text wrapped into the width, starting at the current line. */
		void paragraph(String text, PDFont font, float size, float x, float width) throws IOException {
			for (String line : wrap(text, font, size, width)) {
				if (y - size * 1.3f < MARGIN) {
					newPage();
				}
				y -= size * 1.3f;
				show(line, font, size, x, y);
			}
		}

		void totalLine(String label, String value, boolean strong) throws IOException {
			PDFont font = strong ? bold : regular;
			float size = 9;
			if (y - size * 1.4f < MARGIN) {
				newPage();
			}
			y -= size * 1.4f;
			float right = MARGIN + WIDTH;
			show(label, font, size, right - 110 - width(label, font, size), y);
			show(value, font, size, right - width(value, font, size), y);
		}

		float rowHeight(String[] cells, boolean header) throws IOException {
			PDFont font = header ? bold : regular;
			float size = 7;
			int lines = 1;
			for (int i = 0; i < cells.length; i++) {
				lines = Math.max(lines, wrap(cells[i], font, size, COLUMNS[i] - 4).size());
			}
			return lines * size * 1.25f + 4;
		}

		void row(String[] cells, boolean header) throws IOException {
			PDFont font = header ? bold : regular;
			float size = 7;
			float height = rowHeight(cells, header);
			float x = MARGIN;
			for (int i = 0; i < cells.length; i++) {
				stream.addRect(x, y - height, COLUMNS[i], height);
				float lineY = y - 2;
				for (String line : wrap(cells[i], font, size, COLUMNS[i] - 4)) {
					lineY -= size * 1.25f;
					float at = RIGHT[i] && !header ? x + COLUMNS[i] - 2 - width(line, font, size) : x + 2;
					show(line, font, size, at, lineY + 1.5f);
				}
				x += COLUMNS[i];
			}
			stream.setLineWidth(0.5f);
			stream.stroke();
			y -= height;
		}

		private void show(String text, PDFont font, float size, float x, float at) throws IOException {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, at);
			stream.showText(drawable(text, font));
			stream.endText();
		}

		@Override
		public void close() throws IOException {
			stream.close();
		}

	}

	/**
	 * Lines of at most the width: at spaces, a word longer than the line cut where it
	 * must.
	 */
	static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.replace("\r", "").split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split("[ \\t]+")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				// a word wider than the line: cut it
				String rest = word;
				while (width(rest, font, size) > width && rest.length() > 1) {
					int cut = rest.length() - 1;
					while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(drawable(text, font)) / 1000 * size;
	}

	/**
	 * The text with control characters as spaces and characters the font lacks as «?».
	 */
	static String drawable(String text, PDFont font) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp)) {
				out.append(' ');
				return;
			}
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

}
