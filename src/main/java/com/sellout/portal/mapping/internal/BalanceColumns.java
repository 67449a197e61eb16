package com.sellout.portal.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.internal.BalanceColumn.Balance;

/**
 * A stock statement told by its header (1C «Ведомость по товарам на складах»): balance
 * columns with a closing balance in units, and no buyer — no client column, no client
 * level. Its closing quantity is then the lines' quantity, its closing sum their amount
 * (the stock's value: the cost of a unit is the amount over the quantity), and every
 * other balance column (the opening balance, receipts, issues) no field: «Количество»
 * under «Начальный остаток» is no sale. A header naming a buyer keeps its columns as
 * matched, so that a sell-out report reads as it always did.
 */
final class BalanceColumns {

	private BalanceColumns() {
	}

	/**
	 * Re-maps the candidate's balance columns when it is a stock statement.
	 * @param headers each column's header text («Конечный остаток Количество»)
	 * @param fields each column's field as matched so far, changed in place
	 * @param confidences each column's confidence, changed in place
	 * @return whether the header is a stock statement's
	 */
	static boolean remap(List<String> headers, List<CanonicalField> fields, List<Double> confidences,
			Layout.Grouping grouping) {
		List<Optional<BalanceColumn>> balances = new ArrayList<>(headers.size());
		boolean stock = false;
		for (String header : headers) {
			Optional<BalanceColumn> balance = HeaderSynonyms.balance(header);
			balances.add(balance);
			stock |= balance.filter(BalanceColumn::isStock).isPresent();
		}
		if (!stock || namesBuyer(fields, grouping)) {
			return false;
		}
		for (int i = 0; i < balances.size(); i++) {
			if (balances.get(i).isPresent()) {
				BalanceColumn balance = balances.get(i).get();
				CanonicalField field = balance.balance() == Balance.CLOSING ? balance.figure() : null;
				fields.set(i, field);
				confidences.set(i, field == null ? 0.0 : 1.0);
			}
		}
		return true;
	}

	/**
	 * Whether a layout reads a stock statement: a closing balance in units is its
	 * quantity and nothing names a buyer.
	 */
	static boolean readsStock(Layout layout) {
		List<CanonicalField> fields = new ArrayList<>();
		boolean closing = false;
		for (Layout.MappedColumn column : layout.columns() == null ? List.<Layout.MappedColumn>of()
				: layout.columns()) {
			fields.add(column.field());
			closing |= column.field() == CanonicalField.QUANTITY && column.header() != null
					&& HeaderSynonyms.balance(column.header()).filter(BalanceColumn::isStock).isPresent();
		}
		return closing && !namesBuyer(fields, layout.grouping());
	}

	private static boolean namesBuyer(List<CanonicalField> fields, Layout.Grouping grouping) {
		return fields.contains(CanonicalField.CLIENT_NAME) || fields.contains(CanonicalField.CLIENT_INN)
				|| (grouping != null && grouping.names(CanonicalField.CLIENT_NAME));
	}

}
