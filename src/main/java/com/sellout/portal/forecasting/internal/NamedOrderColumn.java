package com.sellout.portal.forecasting.internal;

import java.util.Set;

import com.sellout.portal.reading.Column;

/** The columns of a named orders' xlsx, with the headers people write for them. */
enum NamedOrderColumn implements Column {

	DISTRIBUTOR("distributor", "дистрибьютор", "дистрибутор", "код дистрибьютора"),
	CLIENT_INN("client inn", "inn", "инн", "инн клиента", "инн заказчика", "clientinn"),
	SKU("sku", "артикул", "артикул производителя", "товар"), QUANTITY("quantity", "количество", "кол во", "qty"),
	MONTH("month", "месяц", "месяц поставки", "период"), PROJECT("project", "проект", "объект", "название проекта");

	private final Set<String> headers;

	NamedOrderColumn(String... headers) {
		this.headers = Set.of(headers);
	}

	@Override
	public boolean matches(String header) {
		return headers.contains(Column.normalise(header));
	}

	/** The form's field this column fills. */
	String field() {
		return switch (this) {
			case DISTRIBUTOR -> "distributor";
			case CLIENT_INN -> "clientInn";
			case SKU -> "sku";
			case QUANTITY -> "quantity";
			case MONTH -> "month";
			case PROJECT -> "project";
		};
	}

}
