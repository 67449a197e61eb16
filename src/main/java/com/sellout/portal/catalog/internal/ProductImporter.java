package com.sellout.portal.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.imports.RowOutcome.Outcome;
import com.sellout.portal.reading.CellValues;
import com.sellout.portal.reading.HeaderRow;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.Table;
import com.sellout.portal.shared.Gtin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a catalog file: new SKUs are added, existing ones updated in the columns the
 * file has, nothing is deleted; a {@code min_price} becomes the product's general price
 * floor. Works in bulk (one read of what exists, batched writes) so that a
 * 100,000-product file takes seconds. The same file twice changes nothing the second
 * time.
 */
@Component
public class ProductImporter {

	public static final String KIND = "CATALOG";

	private static final Set<ImportField> FIELDS = EnumSet.of(ImportField.SKU, ImportField.NAME, ImportField.GROUP,
			ImportField.BRAND, ImportField.UNIT, ImportField.EAN, ImportField.LIST_PRICE, ImportField.MIN_PRICE);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ProductGroups groups;

	private final ImportLog log;

	ProductImporter(JdbcClient jdbc, JdbcTemplate batch, ProductGroups groups, ImportLog log) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.groups = groups;
		this.log = log;
	}

	@Transactional
	public ImportSummary importFile(String fileName, byte[] content) {
		Table table = Table.read(content, FIELDS, EnumSet.of(ImportField.SKU, ImportField.NAME),
				"catalog.import.noHeader");
		HeaderRow header = table.header();

		List<RowOutcome> outcomes = new ArrayList<>();
		Map<String, ProductRow> bySku = new LinkedHashMap<>();
		Map<String, Integer> firstRowOfSku = new HashMap<>();
		for (RawRow raw : table.rows()) {
			ProductRow row = ProductRow.read(raw, header);
			if (row.problem() != null) {
				outcomes
					.add(new RowOutcome(raw.number(), row.sku(), Outcome.SKIPPED, row.problem(), row.problemValue()));
				continue;
			}
			Integer first = firstRowOfSku.putIfAbsent(row.sku(), raw.number());
			if (first != null) {
				outcomes.add(new RowOutcome(raw.number(), row.sku(), Outcome.SKIPPED, "catalog.row.duplicate",
						Integer.toString(first)));
				continue;
			}
			bySku.put(row.sku(), row);
		}

		dropTakenBarcodes(bySku, outcomes);
		Map<String, Long> groupIds = groups
			.ensureAll(bySku.values().stream().map(ProductRow::group).filter(Objects::nonNull).toList());
		Map<String, Existing> existing = existing(bySku.keySet());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		Map<String, Outcome> decided = new HashMap<>();
		for (ProductRow row : bySku.values()) {
			Existing current = existing.get(row.sku());
			Long groupId = row.group() == null ? null : groupIds.get(row.group());
			if (current == null) {
				inserts.add(new Object[] { row.sku(), row.name(), groupId, row.brand(), row.unitOr("шт"), row.ean(),
						row.listPrice() });
				decided.put(row.sku(), Outcome.ADDED);
				continue;
			}
			Existing wanted = new Existing(current.id(), row.name(),
					header.has(ImportField.GROUP) ? groupId : current.groupId(),
					header.has(ImportField.BRAND) ? row.brand() : current.brand(),
					header.has(ImportField.UNIT) ? row.unitOr(current.unit()) : current.unit(),
					row.ean() != null || (header.has(ImportField.EAN) && row.eanProblem() == null) ? row.ean()
							: current.ean(),
					header.has(ImportField.LIST_PRICE) ? row.listPrice() : current.listPrice());
			if (wanted.sameAs(current)) {
				decided.put(row.sku(), Outcome.UNCHANGED);
			}
			else {
				updates.add(new Object[] { wanted.name(), wanted.groupId(), wanted.brand(), wanted.unit(), wanted.ean(),
						wanted.listPrice(), current.id() });
				decided.put(row.sku(), Outcome.UPDATED);
			}
		}
		batch.batchUpdate(
				"insert into products (sku, name, group_id, brand, unit, ean, list_price) values (?, ?, ?, ?, ?, ?, ?)",
				inserts, BATCH, (ps, args) -> setAll(ps, args));
		batch.batchUpdate(
				"update products set name = ?, group_id = ?, brand = ?, unit = ?, ean = ?, list_price = ?, updated_at = now() where id = ?",
				updates, BATCH, (ps, args) -> setAll(ps, args));

		if (header.has(ImportField.MIN_PRICE)) {
			for (String sku : new GeneralFloors(jdbc, batch).apply(bySku.values())) {
				decided.computeIfPresent(sku,
						(key, outcome) -> outcome == Outcome.UNCHANGED ? Outcome.UPDATED : outcome);
			}
		}
		for (ProductRow row : bySku.values()) {
			outcomes.add(new RowOutcome(row.rowNumber(), row.sku(), decided.get(row.sku()), row.eanProblem(),
					row.eanProblem() == null ? null : row.eanProblemValue()));
		}
		outcomes.sort(Comparator.comparingInt(RowOutcome::row));
		return log.save(KIND, fileName, outcomes);
	}

	/**
	 * A barcode names one product: one already used by another SKU (in the catalog or
	 * earlier in the file) is not given to a second one; that row is imported without it,
	 * with a warning.
	 */
	private void dropTakenBarcodes(Map<String, ProductRow> bySku, List<RowOutcome> outcomes) {
		Map<String, String> owner = new HashMap<>();
		String[] eans = bySku.values()
			.stream()
			.map(ProductRow::ean)
			.filter(Objects::nonNull)
			.distinct()
			.toArray(String[]::new);
		jdbc.sql("select ean, sku from products where ean = any(?)").param(eans).query(rs -> {
			owner.put(rs.getString("ean"), rs.getString("sku"));
		});
		for (Map.Entry<String, ProductRow> entry : bySku.entrySet()) {
			ProductRow row = entry.getValue();
			if (row.ean() == null) {
				continue;
			}
			String taken = owner.putIfAbsent(row.ean(), row.sku());
			if (taken != null && !taken.equals(row.sku())) {
				entry.setValue(row.withoutEan("catalog.row.eanTaken", row.ean() + " → " + taken));
			}
		}
	}

	private Map<String, Existing> existing(Set<String> skus) {
		Map<String, Existing> existing = new HashMap<>();
		jdbc.sql("select id, sku, name, group_id, brand, unit, ean, list_price from products where sku = any(?)")
			.param(skus.toArray(String[]::new))
			.query(rs -> {
				existing.put(rs.getString("sku"),
						new Existing(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("group_id"),
								rs.getString("brand"), rs.getString("unit"), rs.getString("ean"),
								rs.getBigDecimal("list_price")));
			});
		return existing;
	}

	private static void setAll(PreparedStatement ps, Object[] args) throws SQLException {
		for (int i = 0; i < args.length; i++) {
			ps.setObject(i + 1, args[i]);
		}
	}

	record Existing(long id, String name, Long groupId, String brand, String unit, String ean, BigDecimal listPrice) {

		boolean sameAs(Existing other) {
			return Objects.equals(name, other.name) && Objects.equals(groupId, other.groupId)
					&& Objects.equals(brand, other.brand) && Objects.equals(unit, other.unit)
					&& Objects.equals(ean, other.ean) && (listPrice == null ? other.listPrice == null
							: other.listPrice != null && listPrice.compareTo(other.listPrice) == 0);
		}

	}

	/**
	 * One data row, read and checked. A problem means the row is skipped; an EAN problem
	 * only drops the EAN.
	 */
	record ProductRow(int rowNumber, String sku, String name, String group, String brand, String unit, String ean,
			String eanProblemValue, String eanProblem, BigDecimal listPrice, BigDecimal minPrice, String problem,
			String problemValue) {

		ProductRow withoutEan(String problemKey, String value) {
			return new ProductRow(rowNumber, sku, name, group, brand, unit, null, value, problemKey, listPrice,
					minPrice, problem, problemValue);
		}

		static ProductRow read(RawRow raw, HeaderRow header) {
			String sku = header.cell(raw, ImportField.SKU);
			String name = header.cell(raw, ImportField.NAME);
			String rawEan = header.cell(raw, ImportField.EAN);
			String ean = Gtin.normalise(rawEan);
			String eanProblem = null;
			if (ean.isEmpty()) {
				ean = null;
			}
			else if (!Gtin.isValid(ean)) {
				eanProblem = "catalog.row.badEan";
				ean = null;
			}
			String problem = null;
			String problemValue = null;
			if (sku.isEmpty()) {
				problem = "catalog.row.noSku";
			}
			else if (sku.length() > 64 || sku.chars().anyMatch(Character::isWhitespace)) {
				problem = "catalog.row.badSku";
				problemValue = sku;
			}
			else if (name.isEmpty()) {
				problem = "catalog.row.noName";
			}
			BigDecimal listPrice = null;
			BigDecimal minPrice = null;
			if (problem == null) {
				String price = header.cell(raw, ImportField.LIST_PRICE);
				listPrice = CellValues.decimal(price).orElse(null);
				if (!price.isEmpty() && (listPrice == null || listPrice.signum() < 0)) {
					problem = "catalog.row.badPrice";
					problemValue = price;
				}
				String min = header.cell(raw, ImportField.MIN_PRICE);
				minPrice = CellValues.decimal(min).orElse(null);
				if (problem == null && !min.isEmpty() && (minPrice == null || minPrice.signum() < 0)) {
					problem = "catalog.row.badMinPrice";
					problemValue = min;
				}
			}
			return new ProductRow(raw.number(), sku, name,
					ProductGroup.normalisePath(header.cell(raw, ImportField.GROUP)),
					blankToNull(header.cell(raw, ImportField.BRAND)), blankToNull(header.cell(raw, ImportField.UNIT)),
					ean, rawEan, eanProblem, scale(listPrice), scale(minPrice), problem, problemValue);
		}

		String unitOr(String fallback) {
			return unit == null ? fallback : unit;
		}

		private static String blankToNull(String value) {
			return value.isEmpty() ? null : value;
		}

		private static BigDecimal scale(BigDecimal value) {
			return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
		}

	}

}
