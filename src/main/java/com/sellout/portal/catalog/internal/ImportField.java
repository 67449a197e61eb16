package com.sellout.portal.catalog.internal;

import java.util.Set;

import com.sellout.portal.reading.Column;

/**
 * The columns the catalog, price floor and sell-in imports understand, with the headers
 * distributors and ERPs write for them (compared ignoring case, ё/е, spaces and
 * punctuation).
 */
public enum ImportField implements Column {

	SKU("sku", "артикул", "артикул производителя", "код производителя", "vendor code", "article"),
	NAME("name", "наименование", "номенклатура", "товар", "наименование товара", "product", "product name"),
	GROUP("group", "товарная группа", "группа", "группа товаров", "категория", "product group", "category"),
	BRAND("brand", "бренд", "торговая марка", "марка"),
	UNIT("unit", "ед изм", "единица измерения", "ед", "единица", "uom"),
	EAN("ean", "gtin", "ean gtin", "штрихкод", "штрих код", "barcode", "ean 13", "ean13"),
	LIST_PRICE("list price", "цена", "базовая цена", "прайс", "цена по прайсу", "прайсовая цена", "price",
			"цена без ндс"),
	MIN_PRICE("min price", "минимальная цена", "мин цена", "нижняя граница цены", "price floor", "floor",
			"минимальная цена без ндс"),
	VALID_FROM("valid from", "действует с", "дата начала", "с даты"),
	VALID_TO("valid to", "действует по", "дата окончания", "по дату"),
	REGION("region", "region code", "регион", "код региона"), SEGMENT("segment", "сегмент", "тип клиента"),
	DISTRIBUTOR("distributor", "дистрибьютор", "код дистрибьютора", "дистрибутор"),
	DOCUMENT_NO("document no", "document", "номер документа", "документ", "номер", "№ документа", "упд"),
	DATE("date", "дата", "дата документа", "дата отгрузки"), QUANTITY("quantity", "количество", "кол во", "qty"),
	AMOUNT("amount", "сумма", "сумма без ндс", "amount net");

	private final Set<String> headers;

	ImportField(String... headers) {
		this.headers = Set.of(headers);
	}

	@Override
	public boolean matches(String header) {
		return headers.contains(Column.normalise(header));
	}

}
