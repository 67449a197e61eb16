package com.sellout.portal.clients.internal;

import java.util.Set;

import com.sellout.portal.reading.Column;

/** The columns of a bulk client registration file (canonical or Russian headers). */
enum ClientColumn implements Column {

	INN("inn", "инн", "инн покупателя", "инн клиента"), KPP("kpp", "кпп"),
	OGRN("ogrn", "огрн", "огрнип", "огрн огрнип"),
	NAME("name", "наименование", "название", "клиент", "покупатель", "контрагент"),
	SEGMENT("segment", "сегмент", "тип клиента"), REGION("region code", "region", "код региона", "регион"),
	CITY("city", "город"), ADDRESS("address", "адрес", "адрес доставки"),
	CONTACT("contact", "контакт", "контактное лицо"), EMAIL("email", "e mail", "эл почта", "электронная почта"),
	PHONE("phone", "телефон");

	private final Set<String> headers;

	ClientColumn(String... headers) {
		this.headers = Set.of(headers);
	}

	@Override
	public boolean matches(String header) {
		return headers.contains(Column.normalise(header));
	}

}
