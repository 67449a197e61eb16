package com.sellout.portal.mapping.internal;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.internal.BalanceColumn.Balance;

/**
 * The balance columns of a stock statement's header (1C «Ведомость по товарам на
 * складах»: «Начальный остаток», «Приход», «Расход», «Конечный остаток», each maybe over
 * «Количество» and «Сумма»): in a stock report the closing balance in units is the
 * quantity, its sum the amount (the stock's value), and the opening balance, the receipts
 * and the issues are no field — their «Количество» is no stock, however well it matches.
 */
final class BalanceColumns {

	private BalanceColumns() {
	}

	/**
	 * Re-maps a stock report's header candidate's balance columns, in place; a closing
	 * balance whose figure is not told («Остаток на 31.10.2037») keeps its match.
	 * @param headers each column's header text («Конечный остаток Количество»)
	 * @param fields each column's field as matched so far
	 * @param confidences each column's confidence
	 */
	static void remap(List<String> headers, List<CanonicalField> fields, List<Double> confidences) {
		for (int i = 0; i < headers.size() && i < fields.size(); i++) {
			Optional<BalanceColumn> balance = HeaderSynonyms.balanceColumn(headers.get(i));
			if (balance.isEmpty() || (balance.get().balance() == Balance.CLOSING && balance.get().figure() == null)) {
				continue;
			}
			CanonicalField field = balance.get().balance() == Balance.CLOSING ? balance.get().figure() : null;
			fields.set(i, field);
			confidences.set(i, field == null ? 0.0 : 1.0);
		}
	}

}
