package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.shared.Region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * White spots: the region × product group cells with no sales in the range where the
 * group sells in other regions — the regions being those with any sales in the selection
 * (lines without a region left out: they are nowhere), the groups the top-level ones or
 * the children of the filter's group. Read in the caller's scope, so a distributor's
 * white spots are computed over its own lines only.
 */
@Service
public class WhiteSpots {

	/** One region's row: its cells in the order of the columns. */
	public record RegionRow(String code, String name, List<Cell> cells) {
	}

	/** A cell: the net amount and lines sold, and whether it is a white spot. */
	public record Cell(BigDecimal amountNet, long lines, boolean white) {
	}

	/** A white spot, with how much the group sells elsewhere and in how many regions. */
	public record Spot(String regionCode, String regionName, long groupId, String groupName, int otherRegions,
			BigDecimal amountElsewhere) {
	}

	/** The matrix and the list, and the rollup read. */
	public record Matrix(List<ProductGroup> groups, List<RegionRow> regions, List<Spot> spots, Rollup source) {
	}

	private final JdbcClient jdbc;

	private final ProductGroups groups;

	WhiteSpots(JdbcClient jdbc, ProductGroups groups) {
		this.jdbc = jdbc;
		this.groups = groups;
	}

	@Transactional(readOnly = true)
	public Matrix of(SalesFilter filter, ClientRestriction restriction) {
		GroupColumns columns = new GroupColumns(groups.all(), filter.groupId());
		// the regions are those with any sales, of whatever group: the group filter
		// chooses
		// the columns only
		SalesFilter places = new SalesFilter(filter.from(), filter.to(), filter.distributorId(), filter.region(),
				filter.segment(), null, filter.sku(), filter.clientInn());
		Rollup source = Selection.source(EnumSet.of(Dimension.REGION, Dimension.SKU), places, restriction);
		record Sold(String region, Long groupId, BigDecimal amount, long lines) {
		}
		List<Sold> sold = jdbc
			.sql("select t.region_code, cp.group_id, coalesce(sum(t.amount_net), 0), sum(t.lines) from "
					+ source.table() + " t left join catalog_products cp on cp.sku = t.sku"
					+ Selection.where(places, restriction) + " and t.region_code is not null"
					+ " group by t.region_code, cp.group_id")
			.params(Selection.params(places, restriction))
			.query((rs, i) -> new Sold(rs.getString(1), (Long) rs.getObject(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
		TreeSet<String> regionCodes = new TreeSet<>();
		Map<String, Cell> cells = new HashMap<>();
		for (Sold s : sold) {
			if (s.lines() <= 0) {
				continue;
			}
			regionCodes.add(s.region());
			columns.columnOf(s.groupId())
				.ifPresent(g -> cells.merge(s.region() + "|" + g.id(), new Cell(s.amount(), s.lines(), false),
						(a, b) -> new Cell(a.amountNet().add(b.amountNet()), a.lines() + b.lines(), false)));
		}
		List<ProductGroup> sellingGroups = columns.columns()
			.stream()
			.filter(g -> regionCodes.stream().anyMatch(r -> cells.containsKey(r + "|" + g.id())))
			.toList();
		List<RegionRow> rows = new ArrayList<>();
		List<Spot> spots = new ArrayList<>();
		for (String region : regionCodes) {
			List<Cell> row = new ArrayList<>();
			for (ProductGroup g : sellingGroups) {
				Cell cell = cells.get(region + "|" + g.id());
				if (cell != null) {
					row.add(cell);
					continue;
				}
				row.add(new Cell(BigDecimal.ZERO, 0, true));
				List<Cell> elsewhere = regionCodes.stream()
					.map(r -> cells.get(r + "|" + g.id()))
					.filter(c -> c != null)
					.toList();
				spots.add(new Spot(region, regionName(region), g.id(), g.name(), elsewhere.size(),
						elsewhere.stream().map(Cell::amountNet).reduce(BigDecimal.ZERO, BigDecimal::add)));
			}
			rows.add(new RegionRow(region, regionName(region), row));
		}
		spots.sort(Comparator.comparing(Spot::amountElsewhere).reversed().thenComparing(Spot::regionCode));
		return new Matrix(sellingGroups, rows, spots, source);
	}

	static String regionName(String code) {
		return Region.byCode(code).map(Region::name).orElse(code);
	}

}
