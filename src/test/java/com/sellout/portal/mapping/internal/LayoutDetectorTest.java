package com.sellout.portal.mapping.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.Layout.MappedColumn;
import com.sellout.portal.mapping.LayoutDetection;
import com.sellout.portal.reading.RawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding a distributor's header and mapping its columns, with headers of the samples'
 * files, of a 1C export and of an ERP's: which field each column is, whether amounts
 * include VAT, and whether the mapping may be applied without a person.
 */
class LayoutDetectorTest {

	private static final List<String> ALFA_TITLE = List.of("Продажи", "Период: Сентябрь 2026 г.",
			"Организация: ООО \"Альфа Электро\"", "Отбор: Склад В списке \"Основной склад; Склад №2\"");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# BETA's September file: the distributor's own codes, prices and sums with VAT
					Дата;Номер;Покупатель;ИНН;КПП;Адрес доставки;Код;Номенклатура;Ед. изм.;Кол-во;Цена с НДС;Сумма с НДС;Ставка НДС | sale_date;document_no;client_name;client_inn;client_kpp;delivery_address;distributor_sku;product_name;unit;quantity;price;amount;vat_rate | true  | true
					# a 1C sales report: «Сумма НДС» is the VAT, not the line's amount
					Дата;Номер;Контрагент;ИНН;КПП;Адрес доставки;Регион;Номенклатура;Артикул;Ед. изм.;Количество;Цена;Сумма;Ставка НДС;Сумма НДС | sale_date;document_no;client_name;client_inn;client_kpp;delivery_address;region;product_name;sku;unit;quantity;price;amount;vat_rate;- | -     | true
					# an ERP's export in English, net amounts
					Invoice date;Invoice no;Customer;Customer TIN;Region;Product code;Product name;Qty;Unit price;Net amount | sale_date;document_no;client_name;client_inn;region;sku;product_name;quantity;price;amount | false | true
					# units written into the headers
					Дата реализации;Клиент;ИНН клиента;Штрихкод;Количество, шт;Сумма без НДС, руб. | sale_date;client_name;client_inn;ean;quantity;amount | false | true
					# a header matched only by its beginning is not sure enough to apply unseen
					Дата;Клиент;Артикул;Количество отгруженное;Сумма | sale_date;client_name;sku;quantity;amount | - | false
					# no client column: a required field is missing
					Дата;Артикул;Количество;Сумма | sale_date;sku;quantity;amount | - | false
					# no product column
					Дата;Покупатель;Количество;Сумма | sale_date;client_name;quantity;amount | - | false
					# neither price nor amount
					Дата;Покупатель;Артикул;Количество | sale_date;client_name;sku;quantity | - | false
					# a column nobody maps stays unmapped, without harm
					Дата;Покупатель;Менеджер;Артикул;Кол-во;Сумма | sale_date;client_name;-;sku;quantity;amount | - | true
					""")
	void aOneRowHeaderIsMappedByItsSynonyms(String header, String fields, Boolean amountsIncludeVat,
			boolean confident) {
		List<RawRow> top = List.of(row(1, header), row(2, "20.09.2026;BT-0920-665;ООО Проекттехно;2401847221"));

		LayoutDetection.Detection detection = LayoutDetector.detect(top, Map.of(), false);

		assertThat(detection.layout().headerRows()).containsExactly(1);
		assertThat(detection.layout().firstDataRow()).isEqualTo(2);
		assertThat(detection.layout().columns()).extracting(MappedColumn::field)
			.containsExactlyElementsOf(
					cells(fields).stream().map(f -> f.equals("-") ? null : CanonicalField.ofKey(f)).toList());
		assertThat(detection.layout().settings().amountsIncludeVat()).isEqualTo(amountsIncludeVat);
		assertThat(detection.confident()).isEqualTo(confident);
		assertThat(detection.fromTemplate()).isFalse();
		assertThat(detection.signature()).isNotNull();
	}

	@Test
	void alfasOneCReportHasATitleBlockAndTwoHeaderRowsUnderAMergedCell() {
		List<RawRow> top = alfaTop();

		LayoutDetection.Detection detection = LayoutDetector.detect(top, Map.of(), false);

		assertThat(detection.layout().headerRows()).containsExactly(6, 7);
		assertThat(detection.layout().firstDataRow()).isEqualTo(8);
		assertThat(detection.layout().columns()).extracting(column -> column.field().key())
			.containsExactly("sale_date", "document_no", "client_name", "client_inn", "region", "product_name", "sku",
					"quantity", "amount");
		assertThat(detection.layout().columns()).extracting(MappedColumn::header)
			.endsWith("Продажи Количество", "Продажи Сумма без НДС");
		assertThat(detection.layout().settings().amountsIncludeVat()).isFalse();
		assertThat(detection.confident()).isTrue();
	}

	@ParameterizedTest(name = "dated by the period: {0}")
	@CsvSource({ "true", "false" })
	void aReportWhoseTitleNamesThePeriodNeedsNoDateColumn(boolean datedByPeriod) {
		List<RawRow> top = List.of(row(1, "Продажи за сентябрь 2034"), row(2, ""),
				row(3, "Покупатель;ИНН;Артикул;Количество;Сумма"),
				row(4, "ООО Проекттехно;2401847221;EL-10001;2;1200"));

		LayoutDetection.Detection detection = LayoutDetector.detect(top, Map.of(), datedByPeriod);

		assertThat(detection.layout().headerRows()).containsExactly(3);
		assertThat(detection.confident()).isEqualTo(datedByPeriod);
	}

	@Test
	void aHeaderSeenBeforeIsMappedByTheDistributorsTemplateWhereverItStands() {
		String header = "Дата;Клиент;Наш код;Кол-во;Сумма руб";
		LayoutDetection.Detection first = LayoutDetector.detect(List.of(row(1, header)), Map.of(), false);
		assertThat(first.confident()).as("«Наш код» is no synonym: a person maps it once").isFalse();
		Layout confirmed = new Layout(List.of(1), 2,
				List.of(new MappedColumn(0, "Дата", CanonicalField.ofKey("sale_date"), 1.0),
						new MappedColumn(1, "Клиент", CanonicalField.ofKey("client_name"), 1.0),
						new MappedColumn(2, "Наш код", CanonicalField.ofKey("distributor_sku"), 1.0),
						new MappedColumn(3, "Кол-во", CanonicalField.ofKey("quantity"), 1.0),
						new MappedColumn(4, "Сумма руб", CanonicalField.ofKey("amount"), 1.0)),
				new Layout.Settings(true, null, null));

		LayoutDetection.Detection next = LayoutDetector.detect(
				List.of(row(1, "Отчёт о продажах"), row(2, "Дистрибьютор: ООО \"Бета Свет\""), row(3, header),
						row(4, "01.10.2034;ООО Проекттехно;Б7122;3;3000")),
				Map.of(first.signature(), confirmed), false);

		assertThat(next.fromTemplate()).isTrue();
		assertThat(next.confident()).isTrue();
		assertThat(next.signature()).isEqualTo(first.signature());
		assertThat(next.layout().headerRows()).containsExactly(3);
		assertThat(next.layout().firstDataRow()).isEqualTo(4);
		assertThat(next.layout().columns()).isEqualTo(confirmed.columns());
		assertThat(next.layout().settings().amountsIncludeVat()).isTrue();
	}

	@Test
	void aSheetWithoutAKnownHeaderOffersItsWidestRowForAPersonToMap() {
		List<RawRow> top = List.of(row(1, "Отчёт"), row(2, "Колонка 1;Колонка 2;Колонка 3"), row(3, "a;b;c"));

		LayoutDetection.Detection detection = LayoutDetector.detect(top, Map.of(), false);

		assertThat(detection.confident()).isFalse();
		assertThat(detection.signature()).isNull();
		assertThat(detection.layout().headerRows()).containsExactly(2);
		assertThat(detection.layout().columns()).extracting(MappedColumn::header)
			.containsExactly("Колонка 1", "Колонка 2", "Колонка 3");
		assertThat(detection.layout().columns()).extracting(MappedColumn::field).containsOnlyNulls();
	}

	/**
	 * The top of alfa_2026-09.xlsx as the workbook reader gives it: a title, a blank row,
	 * two header rows, data.
	 */
	private static List<RawRow> alfaTop() {
		List<RawRow> top = new ArrayList<>();
		for (int i = 0; i < ALFA_TITLE.size(); i++) {
			top.add(row(i + 1, ALFA_TITLE.get(i)));
		}
		top.add(row(5, ""));
		top.add(row(6, "Дата;Документ;Контрагент;ИНН контрагента;Регион;Номенклатура;Артикул;Продажи;"));
		top.add(row(7, ";;;;;;;Количество;Сумма без НДС"));
		top.add(row(8,
				"46272;AL-0907-261;ООО \"Светмонтаж\";1637650351;РТ;Бокс алюминий серия Pro-5;EL-40112;5;93079.40"));
		top.add(row(9,
				"46278;AL-0913-930;ООО \"Вектор\";2360414811;Краснодарский край;Кабель-канал серия Base-3;EL-30075;6;18030.96"));
		return top;
	}

	private static RawRow row(int number, String cells) {
		return new RawRow(number, cells(cells));
	}

	private static List<String> cells(String text) {
		return Arrays.stream(text.split(";", -1)).map(String::strip).toList();
	}

}
