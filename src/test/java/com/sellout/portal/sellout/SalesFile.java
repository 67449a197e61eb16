package com.sellout.portal.sellout;

import java.nio.charset.StandardCharsets;

/**
 * A small distributor CSV of sales to registered clients, different every time it is
 * built.
 */
final class SalesFile {

	private final StringBuilder text = new StringBuilder(
			"Дата;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n");

	static SalesFile create() {
		return new SalesFile();
	}

	SalesFile sale(String date, String sku, int quantity, String amount) {
		return sale(date, "ООО \"Щитстрой\"", "6645390113", "Свердловская обл.", sku, quantity, amount);
	}

	SalesFile sale(String date, String client, String inn, String region, String sku, int quantity, String amount) {
		text.append(date)
			.append(';')
			.append('"')
			.append(client.replace("\"", "\"\""))
			.append('"')
			.append(';')
			.append(inn)
			.append(';')
			.append(region)
			.append(';')
			.append(sku)
			.append(';')
			.append(quantity)
			.append(';')
			.append(amount)
			.append('\n');
		return this;
	}

	byte[] bytes() {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
