package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.LayoutDetection;
import com.sellout.portal.reading.CellValues;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.support.OneCStockStatement;
import com.sellout.portal.support.OneCStockStatement.Format;
import com.sellout.portal.support.OneCStockStatement.Levels;
import com.sellout.portal.support.OneCStockStatement.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of 1C's «Ведомость по товарам на складах» read as a grouped report is read: a
 * warehouse's row is a group whose name its products' lines take, its totals are no line,
 * nor are «Итого по складу …» and «Итого»; each product row is a line with its article,
 * name, unit and closing balance — whether the levels are outline levels, indents or, in
 * a CSV, only the rows' content. The period's end, the as-of date, comes from the title.
 */
class StockStatementRowsTest {

	private static final String OCTOBER = "Период: 01.10.2046 - 31.10.2046";

	/** What reading the file told: its lines and the title's period. */
	private record Read(List<SourceLine> lines, TitlePeriod title) {
	}

	/** The rows as {@link TabularSource} passes them on: held, detected, then grouped. */
	private static Read read(byte[] file) {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(file, rows::add);
		return read(rows);
	}

	private static Read read(List<RawRow> rows) {
		List<RawRow> top = rows.subList(0, Math.min(rows.size(), LayoutDetection.SEARCHED_ROWS));
		LayoutDetection.Detection detection = LayoutDetection.detect(top, Map.of(), true);
		assertThat(detection.confident()).as(detection.layout().toString()).isTrue();
		assertThat(detection.layout().stockStatement()).isTrue();
		Layout layout = detection.layout();
		CanonicalField[] fieldOf = new CanonicalField[layout.columns()
			.stream()
			.mapToInt(Layout.MappedColumn::index)
			.max()
			.orElse(-1) + 1];
		layout.columns().forEach(column -> fieldOf[column.index()] = column.field());
		List<RawRow> data = rows.stream()
			.filter(row -> row.number() >= layout.firstDataRow() && !row.isBlank() && !TabularSource.isTotal(row))
			.toList();
		GroupedRows grouped = new GroupedRows(layout.grouping(), fieldOf, data);
		List<SourceLine> lines = new ArrayList<>();
		for (RawRow row : data) {
			SourceLine line = grouped.line(row);
			if (line != null) {
				lines.add(line);
			}
		}
		return new Read(lines, TitlePeriod.find(top).orElse(null));
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void eachProductRowIsALineWithItsWarehouseAndClosingBalanceAndNoTotalIsOne(Format format) {
		OneCStockStatement statement = OneCStockStatement.twoWarehouses(OCTOBER);

		Read read = read(statement.saved(format));

		assertThat(read.lines())
			.extracting(line -> line.get(CanonicalField.WAREHOUSE) + " | " + line.get(CanonicalField.SKU) + " | "
					+ line.get(CanonicalField.PRODUCT_NAME) + " | " + line.get(CanonicalField.UNIT))
			.containsExactlyElementsOf(statement.lines()
				.stream()
				.map(p -> p.warehouse() + " | " + p.article() + " | " + p.name() + " | " + p.unit())
				.toList());
		assertThat(read.lines()).extracting(line -> CellValues.decimal(line.get(CanonicalField.QUANTITY)).orElseThrow())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyElementsOf(statement.lines().stream().map(Product::closing).toList());
		assertThat(read.lines()).extracting(line -> CellValues.decimal(line.get(CanonicalField.AMOUNT)).orElseThrow())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyElementsOf(statement.lines().stream().map(p -> p.closing().multiply(p.cost())).toList());
		assertThat(read.title()).isEqualTo(new TitlePeriod(LocalDate.of(2046, 10, 1), LocalDate.of(2046, 10, 31)));
	}

	@Test
	void theFiguresAreTheClosingBalancesNotTheOpeningOrTheMovements() {
		Read read = read(OneCStockStatement.twoWarehouses(OCTOBER).csv());

		// Основной склад: 120 + 40 − 60 = 100 lamps, 1100 + 300 − 200 = 1 200 sockets;
		// Склад №2: 15 lamps, no cable
		assertThat(read.lines()).extracting(line -> CellValues.decimal(line.get(CanonicalField.QUANTITY)).orElseThrow())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("100"), new BigDecimal("1200"), new BigDecimal("15"), BigDecimal.ZERO);
	}

	@Test
	void withoutTheRowsOfAWarehousesTotalsItsOwnRowStillGroupsItsProducts() {
		OneCStockStatement statement = OneCStockStatement.twoWarehouses(OCTOBER).withoutWarehouseTotals();

		for (Format format : List.of(Format.CSV, Format.XLSX_OUTLINE, Format.XLS_INDENT)) {
			assertThat(read(statement.saved(format)).lines())
				.extracting(line -> line.get(CanonicalField.WAREHOUSE) + " " + line.get(CanonicalField.SKU))
				.as(format.name())
				.containsExactly("Основной склад EL-10001", "Основной склад EL-10003", "Склад №2 EL-10001",
						"Склад №2 EL-30075");
		}
	}

	@Test
	void aMonthNamedInTheTitleGivesItsLastDay() {
		OneCStockStatement statement = OneCStockStatement.of("ООО \"Вектор\"", "за Октябрь 2047 г.")
			.warehouse("Основной склад")
			.product("Лампа LED 9W E27", "EL-10001", "шт", 1, 2, 0, "85.50");

		Read read = read(statement.xls(Levels.OUTLINE));

		assertThat(read.title().to()).isEqualTo("2047-10-31");
		assertThat(read.title().withinOneMonth()).isTrue();
		assertThat(read.lines()).hasSize(1);
	}

	@ParameterizedTest(name = "outline levels: {0}")
	@ValueSource(booleans = { true, false })
	void productsWithTheirWarehousesBelowAreLinesPerWarehouse(boolean outline) {
		int below = outline ? 1 : 0;
		List<RawRow> rows = List.of(row(1, "Ведомость по товарам на складах", 0),
				row(2, "Период: 01.10.2046 - 31.10.2046", 0), row(3, "", 0),
				row(4, "Номенклатура / Склад;Артикул;Ед. изм.;Начальный остаток;Приход;Расход;Конечный остаток", 0),
				row(5, "Лампа LED 9W E27;EL-10001;шт;130;45;60;115", 0),
				row(6, "Основной склад;;шт;120;40;60;100", below), row(7, "Склад №2;;шт;10;5;0;15", below),
				row(8, "Кабель-канал серия Base-3;EL-30075;м;50;0;50;0", 0), row(9, "Склад №2;;м;50;0;50;0", below),
				row(10, "Итого;;;180;45;110;115", 0));

		Read read = read(rows);

		assertThat(read.lines())
			.extracting(line -> line.get(CanonicalField.SKU) + " " + line.get(CanonicalField.WAREHOUSE) + " "
					+ line.get(CanonicalField.UNIT) + " " + line.get(CanonicalField.QUANTITY))
			.containsExactly("EL-10001 Основной склад шт 100", "EL-10001 Склад №2 шт 15", "EL-30075 Склад №2 м 0");
		assertThat(read.lines()).extracting(line -> line.get(CanonicalField.PRODUCT_NAME))
			.containsExactly("Лампа LED 9W E27", "Лампа LED 9W E27", "Кабель-канал серия Base-3");
	}

	private static RawRow row(int number, String cells, int outline) {
		return new RawRow(number, Arrays.asList(cells.split(";", -1)), outline, 0);
	}

}
