package com.sellout.portal.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.catalog.PriceFloorForm;
import com.sellout.portal.catalog.PriceFloors;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.imports.RowOutcome.Outcome;
import com.sellout.portal.reading.CellValues;
import com.sellout.portal.reading.HeaderRow;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.Table;
import com.sellout.portal.shared.TrimmedForm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports price floor rules:
 * {@code sku; min_price; valid_from; valid_to; region; segment;
 * distributor} (only the first two are required). Each row is one rule; a bad row is
 * skipped with its reason and the others are imported.
 */
@Component
public class FloorImporter {

	public static final String KIND = "FLOORS";

	private final PriceFloors floors;

	private final Distributors distributors;

	private final JdbcClient jdbc;

	private final ImportLog log;

	FloorImporter(PriceFloors floors, Distributors distributors, JdbcClient jdbc, ImportLog log) {
		this.floors = floors;
		this.distributors = distributors;
		this.jdbc = jdbc;
		this.log = log;
	}

	@Transactional
	public ImportSummary importFile(String fileName, byte[] content) {
		Table table = Table.read(content,
				EnumSet.of(ImportField.SKU, ImportField.MIN_PRICE, ImportField.VALID_FROM, ImportField.VALID_TO,
						ImportField.REGION, ImportField.SEGMENT, ImportField.DISTRIBUTOR),
				EnumSet.of(ImportField.SKU, ImportField.MIN_PRICE), "floors.import.noHeader");
		HeaderRow header = table.header();
		List<RowOutcome> outcomes = new ArrayList<>();
		for (RawRow raw : table.rows()) {
			String sku = header.cell(raw, ImportField.SKU);
			RowOutcome problem = check(raw, header, sku);
			if (problem != null) {
				outcomes.add(problem);
				continue;
			}
			String distributor = header.cell(raw, ImportField.DISTRIBUTOR);
			PriceFloorForm form = new PriceFloorForm(TrimmedForm.text(sku),
					CellValues.decimal(header.cell(raw, ImportField.MIN_PRICE)).orElseThrow(),
					CellValues.date(header.cell(raw, ImportField.VALID_FROM)).orElse(null),
					CellValues.date(header.cell(raw, ImportField.VALID_TO)).orElse(null),
					TrimmedForm.text(header.cell(raw, ImportField.REGION)),
					TrimmedForm.text(header.cell(raw, ImportField.SEGMENT)),
					distributor.isEmpty() ? null : distributors.findByCodeOrInn(distributor).orElseThrow().id());
			outcomes.add(new RowOutcome(raw.number(), sku, floors.apply(form).outcome(), null, null));
		}
		return log.save(KIND, fileName, outcomes);
	}

	private RowOutcome check(RawRow raw, HeaderRow header, String sku) {
		if (sku.isEmpty()) {
			return skipped(raw, sku, "catalog.row.noSku", null);
		}
		if (jdbc.sql("select count(*) from products where sku = ?").param(sku).query(Long.class).single() == 0) {
			return skipped(raw, sku, "floors.row.unknownSku", sku);
		}
		String price = header.cell(raw, ImportField.MIN_PRICE);
		Optional<BigDecimal> minPrice = CellValues.decimal(price);
		if (minPrice.isEmpty() || minPrice.get().signum() < 0) {
			return skipped(raw, sku, "catalog.row.badMinPrice", price);
		}
		Optional<LocalDate> from = date(header.cell(raw, ImportField.VALID_FROM));
		Optional<LocalDate> to = date(header.cell(raw, ImportField.VALID_TO));
		if (from == null) {
			return skipped(raw, sku, "floors.row.badDate", header.cell(raw, ImportField.VALID_FROM));
		}
		if (to == null) {
			return skipped(raw, sku, "floors.row.badDate", header.cell(raw, ImportField.VALID_TO));
		}
		if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
			return skipped(raw, sku, "floor.dates.order", null);
		}
		String region = header.cell(raw, ImportField.REGION);
		if (!region.isEmpty() && !region.matches("\\d{2,3}")) {
			return skipped(raw, sku, "floor.region.format", region);
		}
		String segment = header.cell(raw, ImportField.SEGMENT).toUpperCase();
		if (!segment.isEmpty() && !segment.matches("[A-Z][A-Z_]{1,31}")) {
			return skipped(raw, sku, "floor.segment.format", segment);
		}
		String distributor = header.cell(raw, ImportField.DISTRIBUTOR);
		if (!distributor.isEmpty() && distributors.findByCodeOrInn(distributor).isEmpty()) {
			return skipped(raw, sku, "sellin.unknownDistributor", distributor);
		}
		return null;
	}

	/** Empty for an empty cell, null for a cell that is not a date. */
	private static Optional<LocalDate> date(String text) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<LocalDate> date = CellValues.date(text);
		return date.isPresent() ? date : null;
	}

	private static RowOutcome skipped(RawRow raw, String sku, String key, String value) {
		return new RowOutcome(raw.number(), sku, Outcome.SKIPPED, key, value);
	}

}
