package com.sellout.portal.mapping.internal;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling a stock report's table from a sell-out report's by its header, case by case,
 * and reading a stock report's header: its closing balance is the quantity, and it needs
 * no date nor client.
 */
class TableKindDetectorTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# a plain stock list
			Артикул;Наименование;Склад;Остаток | STOCK
			# 1C's «Ведомость по товарам на складах»: a closing balance
			Номенклатура;Начальный остаток;Приход;Расход;Конечный остаток | STOCK
			# a quantity only a stock report's header names more surely
			Код;Товар;Количество на складе | STOCK
			# English
			SKU;Description;Warehouse;On hand | STOCK
			# a sell-out report: a buyer
			Дата;Покупатель;ИНН;Артикул;Количество;Сумма | SELLOUT
			# a buyer wins over a balance column
			Покупатель;Артикул;Количество;Остаток | SELLOUT
			# a sale date and no balance
			Дата;Артикул;Количество;Сумма | SELLOUT
			# a product and a quantity only: either
			Артикул;Наименование;Количество | -
			# no header known at all: sell-out, whose reading asks for its layout
			Колонка А;Колонка Б | SELLOUT
			""")
	void aHeaderTellsItsKindOrLeavesItOpen(String header, TableKind kind) {
		List<RawRow> top = List.of(row(1, "Отчёт"), row(2, header), row(3, "EL-10001;x;1;2;3;4"));

		assertThat(LayoutDetection.kindOf(top, Map.of())).isEqualTo(Optional.ofNullable(kind));
	}

	@Test
	void aKnownHeaderIsOfItsTemplatesKind() {
		List<RawRow> top = List.of(row(1, "Артикул;Наименование;Количество"), row(2, "EL-10001;x;1"));
		Layout stock = new Layout(List.of(1), 2, List.of(new MappedColumn(0, "Артикул", CanonicalField.SKU, 1.0)),
				new Layout.Settings(null, null, null, "STOCK"));
		String signature = LayoutDetection.detect(top, Map.of(), false).signature();

		assertThat(LayoutDetection.kindOf(top, Map.of(signature, stock))).contains(TableKind.STOCK);
	}

	@Test
	void aStockReportsClosingBalanceIsItsQuantityAndNoDateNorClientIsRequired() {
		List<RawRow> top = List.of(row(1, "Номенклатура;Начальный остаток;Приход;Расход;Конечный остаток"),
				row(2, "Розетка;1;2;3;0"));

		LayoutDetection.Detection stock = LayoutDetection.detect(top, Map.of(), false, TableKind.STOCK);
		LayoutDetection.Detection sales = LayoutDetection.detect(top, Map.of(), false, TableKind.SELLOUT);

		assertThat(stock.confident()).isTrue();
		assertThat(stock.layout().columns()).extracting(MappedColumn::field)
			.containsExactly(CanonicalField.PRODUCT_NAME, null, null, null, CanonicalField.QUANTITY);
		assertThat(stock.layout().tableKind()).isEqualTo(TableKind.STOCK);
		assertThat(sales.confident()).isFalse();
	}

	private static RawRow row(int number, String cells) {
		return new RawRow(number, Arrays.stream(cells.split(";", -1)).map(String::strip).toList());
	}

}
