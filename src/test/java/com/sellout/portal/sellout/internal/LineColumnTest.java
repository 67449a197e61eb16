package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The column catalogue is the table: every value column of {@code sellout_lines} is in it
 * with its type — a column added by a migration and forgotten here fails — and every
 * column takes its own value from a checked line.
 */
class LineColumnTest extends PortalTest {

	/**
	 * The columns that say where a line is and what became of it (how its product was
	 * resolved too), not what it sold.
	 */
	private static final List<String> BOOKKEEPING = List.of("report_id", "line_no", "distributor_id", "accepted",
			"out_of_period", "problems", "source", "product_by_person");

	@Test
	void everyValueColumnOfAStoredLineIsInTheCatalogueWithItsType() {
		Map<String, String> table = asSystem(() -> jdbc.sql("""
				select column_name, data_type from information_schema.columns
				 where table_schema = current_schema() and table_name = 'sellout_lines'""")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.filter(column -> !BOOKKEEPING.contains(column.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		Map<String, String> catalogue = Arrays.stream(LineColumn.values())
			.collect(Collectors.toMap(LineColumn::column, column -> switch (column.type()) {
				case TEXT -> "character varying";
				case DATE -> "date";
				case DECIMAL -> "numeric";
			}));
		assertThat(catalogue).isEqualTo(table);
	}

	@Test
	void eachColumnTakesItsOwnValueFromACheckedLine() {
		ValidatedLine line = new ValidatedLine();
		line.saleDate = LocalDate.of(2018, 3, 14);
		line.documentNo = "document_no";
		line.clientInn = "client_inn";
		line.clientKpp = "client_kpp";
		line.clientName = "client_name";
		line.clientSegment = "client_segment";
		line.regionCode = "region_code";
		line.city = "city";
		line.deliveryAddress = "delivery_address";
		line.sku = "sku";
		line.distributorSku = "distributor_sku";
		line.ean = "ean";
		line.productName = "product_name";
		line.quantity = new BigDecimal("1");
		line.unit = "unit";
		line.priceNet = new BigDecimal("2");
		line.amountNet = new BigDecimal("3");
		line.vatRate = new BigDecimal("4");
		line.currency = "currency";
		line.warehouse = "warehouse";
		line.project = "project";
		line.floorPrice = new BigDecimal("5");
		line.belowFloorPct = new BigDecimal("6");
		LineValues values = LineColumn.valuesOf(line);
		for (LineColumn column : LineColumn.values()) {
			assertThat(values.get(column)).as(column.column()).isNotNull();
			if (column.type() == LineColumn.Type.TEXT) {
				assertThat(values.text(column)).as("the text field named like the column").isEqualTo(column.column());
			}
		}
		assertThat(List
			.of(LineColumn.QUANTITY, LineColumn.PRICE_NET, LineColumn.AMOUNT_NET, LineColumn.VAT_RATE,
					LineColumn.FLOOR_PRICE, LineColumn.BELOW_FLOOR_PCT)
			.stream()
			.map(values::decimal)
			.map(BigDecimal::intValue)).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(values.date(LineColumn.SALE_DATE)).isEqualTo(LocalDate.of(2018, 3, 14));
	}

	/**
	 * The line's columns are defined by the canonical fields: each field but the VAT
	 * convention (and a stock line's cost) is stored once.
	 */
	@Test
	void everyCanonicalFieldButTheVatConventionIsStoredInOneColumn() {
		for (CanonicalField field : CanonicalField.values()) {
			List<LineColumn> storing = Arrays.stream(LineColumn.values())
				.filter(column -> column.field().equals(Optional.of(field)))
				.toList();
			if (field == CanonicalField.VAT_INCLUDED) {
				assertThat(storing).as("amounts are stored net").isEmpty();
				assertThat(LineColumn.storing(field)).isEmpty();
			}
			else if (field == CanonicalField.COST) {
				assertThat(storing).as("a stock line's cost, never a sell-out line's").isEmpty();
				assertThat(LineColumn.storing(field)).isEmpty();
			}
			else {
				assertThat(storing).as(field.key()).hasSize(1);
				assertThat(LineColumn.storing(field)).contains(storing.get(0));
			}
		}
		assertThat(LineColumn.storing(CanonicalField.REGION)).contains(LineColumn.REGION_CODE);
		assertThat(LineColumn.storing(CanonicalField.AMOUNT)).contains(LineColumn.AMOUNT_NET);
		assertThat(Arrays.stream(LineColumn.values()).filter(column -> column.field().isEmpty()))
			.containsExactly(LineColumn.FLOOR_PRICE, LineColumn.BELOW_FLOOR_PCT);
		assertThat(LineColumn.CLIENT_INN.in("l")).isEqualTo("l.client_inn");
	}

}
