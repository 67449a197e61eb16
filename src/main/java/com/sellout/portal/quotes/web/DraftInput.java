package com.sellout.portal.quotes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.quotes.QuoteDraft;
import com.sellout.portal.quotes.QuoteDraft.DraftLine;
import com.sellout.portal.shared.DateTexts;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as the API and the form send it — numbers as JSON numbers or text (a decimal
 * comma, spaces between thousands), a date as ДД.ММ.ГГГГ or ISO — read into a
 * {@link QuoteDraft}, with what could not be read named field by field
 * ({@code lines[2].price}).
 */
final class DraftInput {

	/** One line as sent. */
	record LineInput(@Nullable String sku, @Nullable Object quantity, @Nullable Object price,
			@Nullable Object discountPercent, @Nullable Object vatRate) {

		boolean blank() {
			return empty(sku) && empty(quantity) && empty(price) && empty(discountPercent) && empty(vatRate);
		}

	}

	/** The draft read and the fields that could not be. */
	record Read(QuoteDraft draft, List<FieldProblem> problems) {
	}

	private DraftInput() {
	}

	static Read read(@Nullable Long projectId, @Nullable String clientInn, @Nullable String clientName,
			@Nullable List<LineInput> lines, @Nullable Object validUntil) {
		List<FieldProblem> problems = new ArrayList<>();
		List<DraftLine> drafts = new ArrayList<>();
		if (lines != null) {
			int i = 0;
			for (LineInput line : lines) {
				if (line == null || line.blank()) {
					continue;
				}
				String at = "lines[" + i + "].";
				drafts.add(new DraftLine(line.sku(), number(line.quantity(), at + "quantity", problems),
						number(line.price(), at + "price", problems),
						number(line.discountPercent(), at + "discountPercent", problems),
						number(line.vatRate(), at + "vatRate", problems)));
				i++;
			}
		}
		LocalDate date = null;
		if (!empty(validUntil)) {
			date = DateTexts.date(validUntil.toString()).orElse(null);
			if (date == null) {
				problems.add(new FieldProblem("validUntil", "quotes.error.validUntil.invalid"));
			}
		}
		return new Read(new QuoteDraft(projectId, clientInn, clientName, drafts, date), problems);
	}

	static @Nullable BigDecimal number(@Nullable Object value, String field, List<FieldProblem> problems) {
		if (empty(value)) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		String text = value.toString().strip().replace(",", ".").replace("\u00a0", "").replace(" ", "");
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "quotes.error.number"));
			return null;
		}
	}

	private static boolean empty(@Nullable Object value) {
		return value == null || value.toString().isBlank();
	}

}
