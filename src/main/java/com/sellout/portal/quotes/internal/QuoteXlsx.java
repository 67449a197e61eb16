package com.sellout.portal.quotes.internal;

import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.quotes.Quote;
import com.sellout.portal.quotes.QuoteLine;
import com.sellout.portal.shared.TableFiles;

/**
 * A proposal as an xlsx, in Russian like its PDF: the number, version, date and validity,
 * the supplier, the client and the manufacturer, then the lines with quantities, prices,
 * discounts, VAT rates and sums as numeric cells, the totals and the total in words. Text
 * stays text (a name starting with «=» is no formula). No price floor.
 */
public final class QuoteXlsx {

	private QuoteXlsx() {
	}

	public static byte[] write(Quote quote) {
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of("Коммерческое предложение", quote.number()));
		table.add(List.of("Версия", quote.version()));
		table.add(List.of("Дата", quote.createdAt().toLocalDate()));
		table.add(List.of("Действительно до", quote.validUntil()));
		table.add(List.of("Поставщик", quote.supplier().name()));
		for (String line : QuotePdf.requisiteLines(quote.supplier())) {
			table.add(List.of("", line));
		}
		table.add(List.of("Клиент", quote.clientName()));
		table.add(List.of("ИНН клиента", quote.clientInn()));
		if (!quote.manufacturer().name().isBlank()) {
			table.add(List.of("Производитель", quote.manufacturer().name()));
		}
		table.add(List.of());
		table.add(List.of("№", "Артикул", "Наименование", "Кол-во", "Ед.", "Цена без НДС", "Скидка, %", "Сумма без НДС",
				"НДС, %", "НДС", "Всего с НДС"));
		for (QuoteLine l : quote.lines()) {
			table.add(List.of(l.lineNo(), l.sku(), l.name(), l.quantity(), l.unit(), l.price(), l.discountPercent(),
					l.net(), l.vatRate(), l.vat(), l.total()));
		}
		table.add(List.of());
		table.add(List.of("Итого без НДС", quote.totalNet()));
		table.add(List.of("НДС", quote.vat()));
		table.add(List.of("Всего с НДС", quote.total()));
		table.add(List.of("Сумма прописью", quote.totalInWords()));
		return TableFiles.xlsx("КП", table);
	}

}
