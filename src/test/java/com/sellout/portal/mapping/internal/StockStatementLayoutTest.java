package com.sellout.portal.mapping.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.Layout.MappedColumn;
import com.sellout.portal.mapping.LayoutDetection;
import com.sellout.portal.mapping.LayoutJson;
import com.sellout.portal.mapping.RequiredFields;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.support.OneCStockStatement;
import com.sellout.portal.support.OneCStockStatement.Format;
import com.sellout.portal.support.OneCStockStatement.Levels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1C's «Ведомость по товарам на складах» is told from its header, without a person: its
 * balance columns («Начальный остаток», «Приход», «Расход», «Конечный остаток», with or
 * without «Количество» / «Сумма» below) and no buyer make it a stock statement, whose
 * quantity is the closing balance's and whose grouping column names the warehouse and the
 * product; a sell-out report keeps its mapping.
 */
class StockStatementLayoutTest {

	private static final String OCTOBER = "Период: 01.10.2046 - 31.10.2046";

	private static List<RawRow> top(byte[] file) {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(file, row -> {
			if (rows.size() < LayoutDetection.SEARCHED_ROWS) {
				rows.add(row);
			}
		});
		return rows;
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void theStatementOfTwoWarehousesIsAStockStatementGroupedByWarehouseAndProduct(Format format) {
		List<RawRow> top = top(OneCStockStatement.twoWarehouses(OCTOBER).saved(format));

		LayoutDetection.Detection detection = LayoutDetection.detect(top, Map.of(), true);

		Layout layout = detection.layout();
		assertThat(detection.confident()).as(layout.toString()).isTrue();
		assertThat(layout.stockStatement()).isTrue();
		assertThat(layout.grouping()).isEqualTo(new Layout.Grouping(0, List.of("warehouse", "product_name")));
		assertThat(layout.headerRows()).hasSize(2);
		assertThat(top.get(top.indexOf(headerRow(top, layout)) + 1).cell(0)).isEqualTo("Номенклатура");
		assertThat(layout.firstDataRow()).isEqualTo(layout.headerRows().get(1) + 1);
		assertThat(layout.columns()).filteredOn(column -> column.field() != null)
			.extracting(column -> column.header() + " → " + column.field().key())
			.containsExactly("Артикул → sku", "Ед. изм. → unit", "Конечный остаток Количество → quantity",
					"Конечный остаток Сумма → amount");
		assertThat(layout.columns()).filteredOn(column -> column.field() == null)
			.extracting(MappedColumn::header)
			.containsExactly("Склад Номенклатура", "Начальный остаток Количество", "Начальный остаток Сумма",
					"Приход Количество", "Приход Сумма", "Расход Количество", "Расход Сумма");
		assertThat(layout.columns()).filteredOn(column -> column.field() == CanonicalField.QUANTITY)
			.extracting(MappedColumn::index)
			.containsExactly(9);
	}

	private static RawRow headerRow(List<RawRow> top, Layout layout) {
		return top.stream().filter(row -> row.number() == layout.headerRows().get(0)).findFirst().orElseThrow();
	}

	@Test
	void theStatementNeedsNoTitlePeriodNorAnyPersonToBeConfident() {
		LayoutDetection.Detection detection = LayoutDetection
			.detect(top(OneCStockStatement.twoWarehouses(OCTOBER).csv()), Map.of(), false);

		assertThat(detection.confident()).isTrue();
		assertThat(detection.layout().stockStatement()).isTrue();
		assertThat(RequiredFields.missingFromStock(detection.layout().columns(), detection.layout().grouping()))
			.isEmpty();
		assertThat(RequiredFields.missing(detection.layout().columns(), detection.layout().grouping(), true))
			.as("no sell-out: no client, no money of a sale")
			.contains("client_name");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# a flat statement, quantities only: the warehouse a column
					Номенклатура;Артикул;Склад;Ед. изм.;Начальный остаток;Приход;Расход;Конечный остаток | product_name;sku;warehouse;unit;-;-;-;quantity | true
					# the grouping in one cell, a code of the distributor's own
					Склад / Номенклатура;Код;Остаток на начало;Поступление;Выбытие;Остаток на конец | -;distributor_sku;-;-;-;quantity | true
					# units written into the header
					Номенклатура;Нач. остаток, шт;Приход, шт;Расход, шт;Кон. остаток, шт;Кон. остаток, руб. | product_name;-;-;-;quantity;amount | true
					# English
					Item code;Warehouse;Opening stock;Receipts;Issues;Closing stock | sku;warehouse;-;-;-;quantity | true
					# balances of a buyer are a statement of settlements, not of stock: matched as before
					Контрагент;Номенклатура;Начальный остаток;Конечный остаток | client_name;product_name;-;- | false
					# no closing balance: no stock statement
					Номенклатура;Артикул;Приход;Расход | product_name;sku;-;- | false
					""")
	void aOneRowHeaderOfBalancesIsAStockStatementWhenItNamesNoBuyer(String header, String fields, boolean stock) {
		List<RawRow> top = List.of(row(1, "Ведомость по товарам на складах"), row(2, "за Октябрь 2046 г."), row(3, ""),
				row(4, header), row(5, "Лампа LED 9W E27;EL-10001;Основной склад;шт;120;40;60;100"));

		LayoutDetection.Detection detection = LayoutDetection.detect(top, Map.of(), true);

		assertThat(detection.layout().headerRows()).containsExactly(4);
		assertThat(detection.layout().columns()).extracting(MappedColumn::field)
			.containsExactlyElementsOf(
					Arrays.stream(fields.split(";")).map(f -> f.equals("-") ? null : CanonicalField.ofKey(f)).toList());
		assertThat(detection.layout().stockStatement()).isEqualTo(stock);
		if (stock) {
			assertThat(detection.confident()).isTrue();
		}
	}

	@Test
	void aTwoRowHeaderWithTheFiguresAboveTheBalancesReadsTheClosingQuantity() {
		List<RawRow> top = List
			.of(row(1, "Ведомость по товарам на складах"), row(2, "Склад;Артикул;Количество;;;;Сумма;;;"), row(3,
					"Номенклатура;;Начальный остаток;Приход;Расход;Конечный остаток;Начальный остаток;Приход;Расход;Конечный остаток"),
					row(4, "Основной склад;;120;40;60;100;;;;"));

		LayoutDetection.Detection detection = LayoutDetection.detect(top, Map.of(), true);

		assertThat(detection.confident()).isTrue();
		assertThat(detection.layout().columns()).filteredOn(column -> column.field() != null)
			.extracting(column -> column.index() + " " + column.field().key())
			.containsExactly("1 sku", "5 quantity", "9 amount");
	}

	@Test
	void aSellOutReportOf1cIsNoStockStatementAndKeepsItsMapping() {
		List<RawRow> top = List.of(row(1, "Продажи"), row(2, "Период: Сентябрь 2046 г."), row(3, ""),
				row(4, "Дата;Документ;Контрагент;ИНН контрагента;Регион;Номенклатура;Артикул;Продажи;"),
				row(5, ";;;;;;;Количество;Сумма без НДС"),
				row(6, "46272;AL-0907-261;ООО \"Светмонтаж\";1637650351;РТ;Бокс алюминий серия Pro-5;EL-40112;5;93079.40"));

		LayoutDetection.Detection detection = LayoutDetection.detect(top, Map.of(), false);

		assertThat(detection.confident()).isTrue();
		assertThat(detection.layout().stockStatement()).isFalse();
		assertThat(detection.layout().columns()).extracting(column -> column.field().key())
			.containsExactly("sale_date", "document_no", "client_name", "client_inn", "region", "product_name", "sku",
					"quantity", "amount");
	}

	@Test
	void aTemplateKeepsTheStockStatementAsItsHeadersSayIt() {
		Layout detected = LayoutDetection
			.detect(top(OneCStockStatement.twoWarehouses(OCTOBER).xlsx(Levels.OUTLINE)), Map.of(), true)
			.layout();
		Layout template = new Layout(detected.headerRows(), detected.firstDataRow(), detected.columns(),
				new Layout.Settings(null, null, null), detected.grouping());

		assertThat(template.stockStatement()).isTrue();
		String stored = JsonMapper.builder().build().writeValueAsString(template);
		assertThat(stored).as("told from the headers, never stored").doesNotContain("stockStatement");
		assertThat(LayoutJson.read(JsonMapper.builder().build().readTree(stored)).stockStatement()).isTrue();
		assertThat(new Layout(template.headerRows(), template.firstDataRow(), template.columns()
			.stream()
			.map(c -> c.field() == CanonicalField.QUANTITY ? new MappedColumn(c.index(), c.header(), null, 0.0) : c)
			.toList(), template.settings(), template.grouping()).stockStatement())
			.as("a person who unmapped the closing balance reads no stock")
			.isFalse();
	}

	@ParameterizedTest(name = "[{0}] -> {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Конечный остаток               | CLOSING | quantity
			Конечный остаток Количество    | CLOSING | quantity
			Конечный остаток Сумма         | CLOSING | amount
			Количество Конечный остаток    | CLOSING | quantity
			Кон. остаток, шт               | CLOSING | quantity
			Остаток на конец периода, руб. | CLOSING | amount
			Начальный остаток Количество   | OPENING | quantity
			Остаток на начало              | OPENING | quantity
			Приход Сумма                   | RECEIPT | amount
			Поступление                    | RECEIPT | quantity
			Расход Количество              | ISSUE   | quantity
			Closing stock                  | CLOSING | quantity
			Конечный остаток Характеристика | CLOSING | -
			""")
	void aBalanceColumnIsToldByItsBalanceAndItsFigure(String header, BalanceColumn.Balance balance, String figure) {
		assertThat(HeaderSynonyms.balance(header))
			.contains(new BalanceColumn(balance, figure == null ? null : CanonicalField.ofKey(figure)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Приходная накладная
			Остаток
			Количество
			Сумма расхода
			""")
	void otherHeadersAreNoBalanceColumns(String header) {
		assertThat(HeaderSynonyms.balance(header)).isEqualTo(Optional.empty());
	}

	private static RawRow row(int number, String cells) {
		return new RawRow(number, Arrays.asList(cells.split(";", -1)));
	}

}
