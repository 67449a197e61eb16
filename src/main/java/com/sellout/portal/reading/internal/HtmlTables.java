package com.sellout.portal.reading.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.UnreadableFileException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first table of an HTML page, as 1C and web systems save "Excel" files. A cell
 * spanning several columns keeps its text in the first and leaves the others empty, as a
 * merged cell in a workbook does, so positions stay those a person sees.
 */
public final class HtmlTables {

	private HtmlTables() {
	}

	public static void read(byte[] content, Consumer<RawRow> rows) {
		TextDecoding.Encoding encoding = TextDecoding.detect(content);
		Document page = Jsoup.parse(encoding.prefix(content, content.length));
		Element table = page.selectFirst("table");
		if (table == null) {
			throw new UnreadableFileException("reading.notATable", "An HTML page without a table", null);
		}
		int number = 0;
		for (Element row : table.select("tr")) {
			number++;
			List<String> cells = new ArrayList<>();
			for (Element cell : row.select("> td, > th")) {
				cells.add(Cells.clean(cell.text()));
				int span = parseSpan(cell.attr("colspan"));
				for (int i = 1; i < span; i++) {
					cells.add("");
				}
			}
			rows.accept(new RawRow(number, cells));
		}
	}

	private static int parseSpan(String span) {
		try {
			return span.isBlank() ? 1 : Math.max(1, Math.min(256, Integer.parseInt(span.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
