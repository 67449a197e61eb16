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
import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.support.OneCStockStatement;
import com.sellout.portal.support.OneCStockStatement.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1C's «Ведомость по товарам на складах» is told from its header, without a person: its
 * closing balance and no buyer make it a stock report; read as one, its quantity is the
 * closing balance's «Количество» (never the opening balance's or a movement's), its
 * amount the closing «Сумма», and its grouping column names the warehouse and the
 * product. A sell-out report keeps its kind and its mapping.
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

	private static LayoutDetection.Detection asStock(List<RawRow> top) {
		return LayoutDetection.detect(top, Map.of(), false, TableKind.STOCK);
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void theStatementOfTwoWarehousesIsAStockReportGroupedByWarehouseAndProduct(Format format) {
		List<RawRow> top = top(OneCStockStatement.twoWarehouses(OCTOBER).saved(format));

		assertThat(LayoutDetection.kindOf(top, Map.of())).contains(TableKind.STOCK);
		LayoutDetection.Detection detection = asStock(top);

		Layout layout = detection.layout();
		assertThat(detection.confident()).as(layout.toString()).isTrue();
		assertThat(layout.tableKind()).isEqualTo(TableKind.STOCK);
		assertThat(layout.grouping()).isEqualTo(new Layout.Grouping(0, List.of("warehouse", "product_name")));
		assertThat(layout.headerRows()).hasSize(2);
		assertThat(layout.firstDataRow()).isEqualTo(layout.headerRows().get(1) + 1);
		assertThat(layout.columns()).filteredOn(column -> column.field() != null)
			.extracting(column -> column.index() + " " + column.header() + " → " + column.field().key())
			.containsExactly("1 Артикул → sku", "2 Ед. изм. → unit", "9 Конечный остаток Количество → quantity",
					"10 Конечный остаток Сумма → amount");
		assertThat(layout.columns()).filteredOn(column -> column.field() == null)
			.extracting(MappedColumn::header)
			.as("the opening balance, the receipts and the issues are no stock, nor their sums its value")
			.containsExactly("Склад Номенклатура", "Начальный остаток Количество", "Начальный остаток Сумма",
					"Приход Количество", "Приход Сумма", "Расход Количество", "Расход Сумма");
	}

	@Test
	void readAsSalesTheStatementIsNoConfidentLayout() {
		LayoutDetection.Detection detection = LayoutDetection
			.detect(top(OneCStockStatement.twoWarehouses(OCTOBER).csv()), Map.of(), true);

		assertThat(detection.confident()).as("no client, no sale's money").isFalse();
		assertThat(detection.layout().tableKind()).isEqualTo(TableKind.SELLOUT);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# a flat statement, quantities only: the warehouse a column
					Номенклатура;Артикул;Склад;Ед. изм.;Начальный остаток;Приход;Расход;Конечный остаток | STOCK | product_name;sku;warehouse;unit;-;-;-;quantity
					# the grouping in one cell, a code of the distributor's own, 1C:УТ's unit of storage
					Склад / Номенклатура;Код;Единица хранения;Остаток на начало;Поступление;Выбытие;Остаток на конец | STOCK | -;distributor_sku;unit;-;-;-;quantity
					# units written into the header
					Номенклатура;Нач. остаток, шт;Приход, шт;Расход, шт;Кон. остаток, шт;Кон. остаток, руб. | STOCK | product_name;-;-;-;quantity;amount
					# English
					Item code;Warehouse;Opening stock;Receipts;Issues;Closing stock | STOCK | sku;warehouse;-;-;-;quantity
					# balances of a buyer are a statement of settlements, not of stock: sales, matched as before
					Контрагент;Номенклатура;Начальный остаток;Конечный остаток | SELLOUT | client_name;product_name;-;-
					""")
	void aOneRowHeaderOfBalancesIsAStockStatementWhenItNamesNoBuyer(String header, TableKind kind, String fields) {
		List<RawRow> top = List.of(row(1, "Ведомость по товарам на складах"), row(2, "за Октябрь 2046 г."), row(3, ""),
				row(4, header), row(5, "Розетка бежевый серия Neo-1;EL-10001;Основной склад;шт;120;40;60;100"));

		assertThat(LayoutDetection.kindOf(top, Map.of())).contains(kind);
		LayoutDetection.Detection detection = LayoutDetection.detect(top, Map.of(), true, kind);

		assertThat(detection.layout().headerRows()).containsExactly(4);
		assertThat(detection.layout().columns()).extracting(MappedColumn::field)
			.containsExactlyElementsOf(
					Arrays.stream(fields.split(";")).map(f -> f.equals("-") ? null : CanonicalField.ofKey(f)).toList());
		assertThat(detection.confident()).isEqualTo(kind == TableKind.STOCK);
	}

	@Test
	void readAsStockATwoRowHeaderWithTheFiguresAboveTheBalancesTakesTheClosingQuantity() {
		List<RawRow> top = List
			.of(row(1, "Ведомость по товарам на складах"), row(2, "Склад;Артикул;Количество;;;;Сумма;;;"), row(3,
					"Номенклатура;;Начальный остаток;Приход;Расход;Конечный остаток;Начальный остаток;Приход;Расход;Конечный остаток"),
					row(4, "Основной склад;;120;40;60;100;;;;"));

		LayoutDetection.Detection detection = asStock(top);

		assertThat(detection.confident()).isTrue();
		assertThat(detection.layout().columns()).filteredOn(column -> column.field() != null)
			.extracting(column -> column.index() + " " + column.field().key())
			.containsExactly("1 sku", "5 quantity", "9 amount");
	}

	@Test
	void aSellOutReportOf1cIsSalesAndKeepsItsMapping() {
		List<RawRow> top = List.of(row(1, "Продажи"), row(2, "Период: Сентябрь 2046 г."), row(3, ""),
				row(4, "Дата;Документ;Контрагент;ИНН контрагента;Регион;Номенклатура;Артикул;Продажи;"),
				row(5, ";;;;;;;Количество;Сумма без НДС"),
				row(6, "46272;AL-0907-261;ООО \"Светмонтаж\";1637650351;РТ;Бокс алюминий серия Pro-5;EL-40112;5;93079.40"));

		assertThat(LayoutDetection.kindOf(top, Map.of())).contains(TableKind.SELLOUT);
		LayoutDetection.Detection detection = LayoutDetection.detect(top, Map.of(), false);

		assertThat(detection.confident()).isTrue();
		assertThat(detection.layout().columns()).extracting(column -> column.field().key())
			.containsExactly("sale_date", "document_no", "client_name", "client_inn", "region", "product_name", "sku",
					"quantity", "amount");
	}

	@ParameterizedTest(name = "[{0}] -> {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Конечный остаток                | CLOSING | quantity
			Конечный остаток Количество     | CLOSING | quantity
			Конечный остаток Сумма          | CLOSING | amount
			Количество Конечный остаток     | CLOSING | quantity
			Кон. остаток, шт                | CLOSING | quantity
			Остаток на конец периода, руб.  | CLOSING | amount
			Остаток                         | CLOSING | quantity
			Остаток на 31.10.2046           | CLOSING | -
			Конечный остаток Характеристика | CLOSING | -
			Начальный остаток Количество    | OPENING | quantity
			Остаток на начало               | OPENING | quantity
			Приход Сумма                    | RECEIPT | amount
			Поступление                     | RECEIPT | quantity
			Расход Количество               | ISSUE   | quantity
			Closing stock                   | CLOSING | quantity
			Opening stock                   | OPENING | quantity
			""")
	void aBalanceColumnIsToldByItsBalanceAndItsFigure(String header, BalanceColumn.Balance balance, String figure) {
		assertThat(HeaderSynonyms.balanceColumn(header))
			.contains(new BalanceColumn(balance, figure == null ? null : CanonicalField.ofKey(figure)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Приходная накладная
			Количество
			Сумма расхода
			Номенклатура
			""")
	void otherHeadersAreNoBalanceColumns(String header) {
		assertThat(HeaderSynonyms.balanceColumn(header)).isEqualTo(Optional.empty());
	}

	private static RawRow row(int number, String cells) {
		return new RawRow(number, Arrays.asList(cells.split(";", -1)));
	}

}
