package com.sellout.portal.sellout.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.reading.CellValues;
import com.sellout.portal.support.OneCStockStatement;
import com.sellout.portal.support.OneCStockStatement.Format;
import com.sellout.portal.support.OneCStockStatement.Levels;
import com.sellout.portal.support.OneCStockStatement.Product;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * a CSV, only the rows' content. The title period's end is the date the stock stands on.
 */
class StockStatementRowsTest {

	private static final String OCTOBER = "Период: 01.10.2046 - 31.10.2046";

	/** What reading the file told: its lines and the date its stock stands on. */
	private record Read(List<SourceLine> lines, LocalDate asOf) {
	}

	/** The file read as a stock report's table is, with no person and no template. */
	private static Read read(byte[] file) {
		List<SourceLine> lines = new ArrayList<>();
		SourceInfo info = new TabularSource(Map.of(), null, null, TableKind.STOCK).read(file, lines::add);
		assertThat(info.layout().tableKind()).isEqualTo(TableKind.STOCK);
		return new Read(lines, info.asOf());
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
		assertThat(read.asOf()).isEqualTo(LocalDate.of(2046, 10, 31));
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

		assertThat(read.asOf()).isEqualTo("2047-10-31");
		assertThat(read.lines()).hasSize(1);
	}

	@ParameterizedTest(name = "outline levels: {0}")
	@ValueSource(booleans = { true, false })
	void productsWithTheirWarehousesBelowAreLinesPerWarehouse(boolean outline) {
		List<String> rows = List.of("Ведомость по товарам на складах", "Период: 01.10.2046 - 31.10.2046", "",
				"Номенклатура / Склад;Артикул;Ед. изм.;Начальный остаток;Приход;Расход;Конечный остаток",
				"Розетка бежевый серия Neo-1;EL-10001;шт;130;45;60;115", "  Основной склад;;шт;120;40;60;100",
				"  Склад №2;;шт;10;5;0;15", "Кабель-канал антрацит серия Base-3;EL-30075;шт;50;0;50;0",
				"  Склад №2;;шт;50;0;50;0", "Итого;;;180;45;110;115");

		Read read = read(
				outline ? outlined(rows) : String.join("\n", rows).replace("  ", "").getBytes(StandardCharsets.UTF_8));

		assertThat(read.lines())
			.extracting(line -> line.get(CanonicalField.SKU) + " " + line.get(CanonicalField.WAREHOUSE) + " "
					+ line.get(CanonicalField.UNIT) + " "
					+ CellValues.decimal(line.get(CanonicalField.QUANTITY))
						.orElseThrow()
						.stripTrailingZeros()
						.toPlainString())
			.containsExactly("EL-10001 Основной склад шт 100", "EL-10001 Склад №2 шт 15", "EL-30075 Склад №2 шт 0");
		assertThat(read.lines()).extracting(line -> line.get(CanonicalField.PRODUCT_NAME))
			.containsExactly("Розетка бежевый серия Neo-1", "Розетка бежевый серия Neo-1",
					"Кабель-канал антрацит серия Base-3");
	}

	/**
	 * An xlsx of these rows; a row written indented is grouped under the row above it.
	 */
	private static byte[] outlined(List<String> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Ведомость");
			for (int r = 0; r < rows.size(); r++) {
				String[] cells = rows.get(r).strip().split(";", -1);
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					if (CellValues.decimal(cells[c]).isPresent() && c > 0) {
						row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
					}
					else if (!cells[c].isEmpty()) {
						row.createCell(c).setCellValue(cells[c]);
					}
				}
				if (rows.get(r).startsWith("  ")) {
					sheet.groupRow(r, r);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
