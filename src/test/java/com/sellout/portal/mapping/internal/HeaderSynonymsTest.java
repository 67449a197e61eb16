package com.sellout.portal.mapping.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column headers as distributors' files and 1C exports write them (the samples' files and
 * the synonyms seen in public 1C code), matched to canonical fields.
 */
class HeaderSynonymsTest {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|',
			value = { "Сумма без НДС, руб.|сумма без ндс руб", "Кол-во|кол во", "  Ед. изм. |ед изм",
					"Населённый пункт|населенный пункт", "ЁМКОСТЬ|емкость", "№ накладной|№ накладной", "НДС %|ндс %",
					"ИНН покупателя (10/12)|инн покупателя 10 12", "client_inn|client inn", "'  '|''" })
	void aHeaderIsComparedIgnoringCasePunctuationSpacesAndYo(String header, String key) {
		assertThat(HeaderSynonyms.key(header)).isEqualTo(key == null ? "" : key);
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# BETA's file (windows-1251 CSV)
			Дата              | sale_date
			Номер             | document_no
			Покупатель        | client_name
			ИНН               | client_inn
			КПП               | client_kpp
			Адрес доставки    | delivery_address
			Код               | distributor_sku
			Номенклатура      | product_name
			Ед. изм.          | unit
			Кол-во            | quantity
			Цена с НДС        | price
			Сумма с НДС       | amount
			Ставка НДС        | vat_rate
			# ALFA's 1C report: a two-row header reads as «upper lower»
			ИНН контрагента   | client_inn
			Продажи Количество | quantity
			Продажи Сумма без НДС | amount
			# seen in public 1C exports and parsers
			Дата отгрузки     | sale_date
			Регистратор       | document_no
			Грузополучатель   | client_name
			Торговая точка    | client_name
			ИНН получателя    | client_inn
			Субъект РФ        | region
			Населённый пункт  | city
			Адрес ТТ          | delivery_address
			Код производителя | sku
			КодВПрограмме     | distributor_sku
			Штрих-код         | ean
			СтавкаНДС         | vat_rate
			# English ERP exports
			Invoice date      | sale_date
			Customer TIN      | client_inn
			Sold to           | client_name
			Part number       | sku
			Units sold        | quantity
			Amount incl. VAT  | amount
			# a canonical field's own name
			distributor_sku   | distributor_sku
			# not a field of the line (brand, VAT amount, legal address), or nothing
			Марка (бренд)     | -
			Сумма НДС         | -
			Юридический адрес | -
			Аптека            | -
			Итого             | -
			""")
	void aHeaderMatchesItsFieldExactly(String header, String field) {
		assertThat(HeaderSynonyms.exact(header).map(f -> f.key()).orElse(null)).isEqualTo(field);
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Количество, шт                        | quantity
			Кол-во упаковок                       | quantity
			Дата документа продажи                | sale_date
			Номер документа 1С                    | document_no
			ИНН покупателя (10/12)                | client_inn
			Склад отгрузки                        | warehouse
			Код товара дистрибьютора ERP          | distributor_sku
			Наименование товара у дистрибьютора   | product_name
			Сумма НДС                             | amount
			Количество                            | -
			Кодекс                                | -
			Итого по документу                    | -
			""")
	void aLongerHeaderMatchesTheFieldOfTheLongestSynonymItBeginsWithAsWholeWords(String header, String field) {
		assertThat(HeaderSynonyms.prefix(header).map(f -> f.key()).orElse(null)).isEqualTo(field);
	}

}
