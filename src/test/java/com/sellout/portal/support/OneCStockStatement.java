package com.sellout.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 1C's «Ведомость по товарам на складах» as 1C:УТ saves it: a title block with the period
 * and the report's parameters, a two-row header («Склад» over «Номенклатура», «Артикул»,
 * «Ед. изм.», then «Начальный остаток», «Приход», «Расход», «Конечный остаток», each over
 * «Количество» and «Сумма»), then per warehouse its row with the warehouse's totals, its
 * products, a row «Итого по складу …», and «Итого» at the end. Levels are Excel outline
 * levels, first-cell indents, or nothing (CSV: content only). The closing balance of each
 * product is what the file reports as its stock; the expected lines are kept as the rows
 * are added.
 */
public final class OneCStockStatement {

	public enum Levels {

		OUTLINE, INDENT, NONE

	}

	/** The ways 1C saves the statement: CSV, and xlsx or xls with their levels. */
	public enum Format {

		CSV, XLSX_OUTLINE, XLSX_INDENT, XLSX_NO_LEVELS, XLS_OUTLINE, XLS_INDENT

	}

	/**
	 * A product row of a warehouse, as the file prints it; the closing balance is the
	 * opening plus receipts minus issues.
	 */
	public record Product(String warehouse, String name, String article, String unit, BigDecimal opening,
			BigDecimal receipt, BigDecimal issue, BigDecimal cost) {

		public BigDecimal closing() {
			return opening.add(receipt).subtract(issue);
		}

	}

	private static final List<String> BALANCES = List.of("Начальный остаток", "Приход", "Расход", "Конечный остаток");

	private final List<String> title = new ArrayList<>();

	/** The products by warehouse, in the file's order. */
	private final Map<String, List<Product>> warehouses = new LinkedHashMap<>();

	private String current;

	private boolean warehouseTotals = true;

	public static OneCStockStatement of(String organisation, String period) {
		OneCStockStatement statement = new OneCStockStatement();
		statement.title.add("Ведомость по товарам на складах");
		statement.title.add(period);
		statement.title.add("Организация: " + organisation);
		return statement;
	}

	/**
	 * The statement the tests share: two warehouses, a product in both (its stock is the
	 * sum), one whose stock ran out; articles and names of the demo catalog.
	 * @param period the title's period line («Период: 01.10.2046 - 31.10.2046», «за
	 * Октябрь 2046 г.»)
	 */
	public static OneCStockStatement twoWarehouses(String period) {
		return of("ООО \"Вектор\"", period).parameter("Склад: В списке \"Основной склад; Склад №2\"")
			.warehouse("Основной склад")
			.product("Розетка бежевый серия Neo-1", "EL-10001", "шт", 120, 40, 60, "592.35")
			.product("Розетка белый серия Neo-3", "EL-10003", "шт", 1100, 300, 200, "1346.46")
			.warehouse("Склад №2")
			.product("Розетка бежевый серия Neo-1", "EL-10001", "шт", 10, 5, 0, "592.35")
			.product("Кабель-канал антрацит серия Base-3", "EL-30075", "шт", 50, 0, 50, "2154.82");
	}

	/** A parameter line of the title block («Склад: В списке …», «Отбор: …»). */
	public OneCStockStatement parameter(String line) {
		title.add(line);
		return this;
	}

	/** The warehouse whose products follow. */
	public OneCStockStatement warehouse(String name) {
		current = name;
		warehouses.put(name, new ArrayList<>());
		return this;
	}

	/**
	 * A product of the current warehouse: opening balance, receipts, issues (units) and
	 * the cost of a unit (the sums are the units at this cost).
	 */
	public OneCStockStatement product(String name, String article, String unit, int opening, int receipt, int issue,
			String cost) {
		warehouses.get(current)
			.add(new Product(current, name, article, unit, BigDecimal.valueOf(opening), BigDecimal.valueOf(receipt),
					BigDecimal.valueOf(issue), new BigDecimal(cost)));
		return this;
	}

	/**
	 * Without the rows «Итого по складу …» (the warehouse's row alone has its totals).
	 */
	public OneCStockStatement withoutWarehouseTotals() {
		warehouseTotals = false;
		return this;
	}

	/** The product rows, in the file's order: the lines a stock report must have. */
	public List<Product> lines() {
		return warehouses.values().stream().flatMap(List::stream).toList();
	}

	/** The closing stock of each article over all warehouses: what stock levels show. */
	public Map<String, BigDecimal> stockByArticle() {
		Map<String, BigDecimal> stock = new LinkedHashMap<>();
		lines().forEach(line -> stock.merge(line.article(), line.closing(), BigDecimal::add));
		return stock;
	}

	public BigDecimal closingQuantity() {
		return lines().stream().map(Product::closing).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A printed row: its level (0 warehouse or total, 1 product) and its cells. */
	private record Printed(int level, List<Object> cells) {
	}

	private List<Printed> rows() {
		List<Printed> rows = new ArrayList<>();
		for (Map.Entry<String, List<Product>> warehouse : warehouses.entrySet()) {
			rows.add(new Printed(0, totals(warehouse.getKey(), "", warehouse.getValue())));
			for (Product product : warehouse.getValue()) {
				List<Object> cells = new ArrayList<>(List.of(product.name(), product.article(), product.unit()));
				figures(cells, List.of(product));
				rows.add(new Printed(1, cells));
			}
			if (warehouseTotals) {
				rows.add(new Printed(0,
						totals("Итого по складу \"" + warehouse.getKey() + "\"", "", warehouse.getValue())));
			}
		}
		rows.add(new Printed(0, totals("Итого", "", lines())));
		return rows;
	}

	private static List<Object> totals(String name, String unit, List<Product> products) {
		List<Object> cells = new ArrayList<>(List.of(name, "", unit));
		figures(cells, products);
		return cells;
	}

	/** Each balance's quantity and sum over the products. */
	private static void figures(List<Object> cells, List<Product> products) {
		for (int balance = 0; balance < BALANCES.size(); balance++) {
			BigDecimal quantity = BigDecimal.ZERO;
			BigDecimal sum = BigDecimal.ZERO;
			for (Product product : products) {
				BigDecimal units = switch (balance) {
					case 0 -> product.opening();
					case 1 -> product.receipt();
					case 2 -> product.issue();
					default -> product.closing();
				};
				quantity = quantity.add(units);
				sum = sum.add(units.multiply(product.cost()));
			}
			cells.add(quantity);
			cells.add(sum);
		}
	}

	private static List<String> upperHeader() {
		List<String> upper = new ArrayList<>(List.of("Склад", "Артикул", "Ед. изм."));
		for (String balance : BALANCES) {
			upper.add(balance);
			upper.add("");
		}
		return upper;
	}

	private static List<String> lowerHeader() {
		List<String> lower = new ArrayList<>(List.of("Номенклатура", "", ""));
		for (int i = 0; i < BALANCES.size(); i++) {
			lower.add("Количество");
			lower.add("Сумма");
		}
		return lower;
	}

	/**
	 * As 1C's «Сохранить как CSV»: «;»-separated, windows-1251, no levels, quantities
	 * with three decimals and sums with no-break spaces between thousands.
	 */
	public byte[] csv() {
		StringBuilder text = new StringBuilder();
		title.forEach(line -> text.append(quoted(line)).append('\n'));
		text.append('\n');
		text.append(String.join(";", upperHeader())).append('\n');
		text.append(String.join(";", lowerHeader())).append('\n');
		for (Printed row : rows()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.cells().size(); i++) {
				Object cell = row.cells().get(i);
				cells.add(cell instanceof BigDecimal number ? printed(number, i % 2 == 1) : quoted(cell.toString()));
			}
			text.append(String.join(";", cells)).append('\n');
		}
		return text.toString().getBytes(Charset.forName("windows-1251"));
	}

	/** «1 234,000» for a quantity, «1 234,50» for a sum, as 1C prints them. */
	private static String printed(BigDecimal number, boolean quantity) {
		String plain = number.setScale(quantity ? 3 : 2, RoundingMode.HALF_UP).toPlainString();
		String[] parts = plain.split("\\.");
		StringBuilder whole = new StringBuilder(parts[0]);
		for (int i = whole.length() - 3; i > (whole.charAt(0) == '-' ? 1 : 0); i -= 3) {
			whole.insert(i, '\u00A0');
		}
		return whole + "," + parts[1];
	}

	private static String quoted(String cell) {
		return cell.contains("\"") || cell.contains(";") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

	public byte[] saved(Format format) {
		return switch (format) {
			case CSV -> csv();
			case XLSX_OUTLINE -> xlsx(Levels.OUTLINE);
			case XLSX_INDENT -> xlsx(Levels.INDENT);
			case XLSX_NO_LEVELS -> xlsx(Levels.NONE);
			case XLS_OUTLINE -> xls(Levels.OUTLINE);
			case XLS_INDENT -> xls(Levels.INDENT);
		};
	}

	public byte[] xlsx(Levels levels) {
		return workbook(new XSSFWorkbook(), levels);
	}

	public byte[] xls(Levels levels) {
		return workbook(new HSSFWorkbook(), levels);
	}

	private byte[] workbook(Workbook book, Levels levels) {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Ведомость");
			int r = 0;
			for (String line : title) {
				sheet.createRow(r++).createCell(0).setCellValue(line);
			}
			r++;
			int upperRow = r;
			write(sheet.createRow(r++), new ArrayList<>(upperHeader()), null);
			write(sheet.createRow(r++), new ArrayList<>(lowerHeader()), null);
			for (int balance = 0; balance < BALANCES.size(); balance++) {
				sheet.addMergedRegion(new CellRangeAddress(upperRow, upperRow, 3 + balance * 2, 4 + balance * 2));
			}
			CellStyle indented = book.createCellStyle();
			indented.setIndention((short) 2);
			int firstData = r;
			List<Printed> rows = rows();
			for (Printed printed : rows) {
				write(sheet.createRow(r++), printed.cells(),
						levels == Levels.INDENT && printed.level() == 1 ? indented : null);
			}
			if (levels == Levels.OUTLINE) {
				// 1C groups each warehouse's products under its row; the totals stay
				// outside
				int start = -1;
				for (int i = 0; i <= rows.size(); i++) {
					boolean product = i < rows.size() && rows.get(i).level() == 1;
					if (product && start < 0) {
						start = i;
					}
					else if (!product && start >= 0) {
						sheet.groupRow(firstData + start, firstData + i - 1);
						start = -1;
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<?> cells, CellStyle first) {
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			Cell cell = row.createCell(i);
			if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (!value.toString().isEmpty()) {
				cell.setCellValue(value.toString());
			}
			if (i == 0 && first != null) {
				cell.setCellStyle(first);
			}
		}
	}

}
