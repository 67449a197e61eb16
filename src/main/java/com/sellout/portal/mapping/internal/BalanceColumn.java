package com.sellout.portal.mapping.internal;

import com.sellout.portal.mapping.CanonicalField;

/**
 * A column of a stock statement (1C «Ведомость по товарам на складах»): which balance or
 * movement it shows and which figure of it.
 *
 * @param balance the balance or movement («Начальный остаток», «Приход», «Расход»,
 * «Конечный остаток»)
 * @param figure {@link CanonicalField#QUANTITY} or {@link CanonicalField#AMOUNT}, or null
 * when its sub-column names neither
 */
record BalanceColumn(Balance balance, CanonicalField figure) {

	enum Balance {

		OPENING, RECEIPT, ISSUE, CLOSING

	}

}
