package com.sellout.portal.odata.edm;

import java.util.List;
import java.util.stream.Collectors;

import com.sellout.portal.shared.Region;

import static com.sellout.portal.odata.edm.FeedColumn.bool;
import static com.sellout.portal.odata.edm.FeedColumn.date;
import static com.sellout.portal.odata.edm.FeedColumn.decimal;
import static com.sellout.portal.odata.edm.FeedColumn.int32;
import static com.sellout.portal.odata.edm.FeedColumn.int64;
import static com.sellout.portal.odata.edm.FeedColumn.text;
import static com.sellout.portal.odata.edm.FeedColumn.timestamp;

/**
 * The feed's dimensions: distributors, clients (no contact persons), products and their
 * groups, regions, segments and the months.
 */
final class MasterDataSets {

	private MasterDataSets() {
	}

	static List<FeedSet> all() {
		return List.of(distributors(), clients(), products(), groups(), regions(), segments(), periods());
	}

	private static FeedSet distributors() {
		return new FeedSet(
				"Distributors", "Distributor", "distributor_directory d", "true", List.of(int64("Id", "d.id"),
						text("Code", "d.code"), text("Name", "d.name"), bool("Active", "d.active")),
				List.of("Id"), List.of(), null, null, null);
	}

	/**
	 * The registry's clients the reader's scope sees: a distributor its assigned ones.
	 */
	private static FeedSet clients() {
		return new FeedSet("Clients", "Client", "client_directory c", "true",
				List.of(int64("Id", "c.id"), text("Inn", "c.inn"), text("Kpp", "c.kpp"), text("Ogrn", "c.ogrn"),
						text("Name", "c.name"), text("SegmentCode", "c.segment"), text("RegionCode", "c.region_code"),
						text("RegionName", "c.region_name"), text("City", "c.city"), text("Status", "c.status"),
						timestamp("CreatedAt", "c.created_at"), timestamp("UpdatedAt", "c.updated_at")),
				List.of("Id"), List.of(new FeedNavigation("Segment", "Segments", "SegmentCode", "Code"),
						new FeedNavigation("Region", "Regions", "RegionCode", "Code")),
				"c.inn", null, null);
	}

	private static FeedSet products() {
		return new FeedSet("Products", "Product", "catalog_products p", "true",
				List.of(text("Sku", "p.sku"), text("Name", "p.name"), int64("GroupId", "p.group_id"),
						text("Unit", "p.unit"), decimal("ListPrice", "p.list_price", 14, 2),
						bool("Active", "p.active")),
				List.of("Sku"), List.of(new FeedNavigation("Group", "ProductGroups", "GroupId", "Id")), null, null,
				null);
	}

	private static FeedSet groups() {
		return new FeedSet("ProductGroups", "ProductGroup", "catalog_groups g", "true",
				List.of(int64("Id", "g.id"), int64("ParentId", "g.parent_id"), text("Name", "g.name"),
						text("Path", "g.path")),
				List.of("Id"), List.of(new FeedNavigation("Parent", "ProductGroups", "ParentId", "Id")), null, null,
				null);
	}

	/** The subjects of the Russian Federation, from the list the product ships. */
	private static FeedSet regions() {
		String values = Region.all()
			.stream()
			.map(region -> "(" + literal(region.code()) + ", " + literal(region.name()) + ")")
			.collect(Collectors.joining(", "));
		return new FeedSet("Regions", "Region", "(values " + values + ") as r(code, name)", "true",
				List.of(text("Code", "r.code"), text("Name", "r.name")), List.of("Code"), List.of(), null, null, null);
	}

	private static FeedSet segments() {
		return new FeedSet("Segments", "Segment", "client_segment_directory s", "true",
				List.of(text("Code", "s.code"), text("NameRu", "s.name_ru"), text("NameEn", "s.name_en"),
						bool("Active", "s.active"), int32("SortOrder", "s.sort_order")),
				List.of("Code"), List.of(), null, null, null);
	}

	/**
	 * Every month from the first reported one to the last reported or forecast one: a
	 * date table with no holes.
	 */
	private static FeedSet periods() {
		String from = """
				(select m::date as period
				   from generate_series((select min(period) from sellout_report_states
				                          where kind = 'SELLOUT' and period is not null),
				                        greatest((select max(period) from sellout_report_states
				                                   where kind = 'SELLOUT' and period is not null),
				                                 (select max(period) from forecast_months)),
				                        interval '1 month') as m) as t""";
		return new FeedSet("Periods", "Period", from, "t.period is not null", List.of(date("Period", "t.period"),
				int32("Year", "extract(year from t.period)::int"), int32("Month", "extract(month from t.period)::int"),
				int32("Quarter", "extract(quarter from t.period)::int"), text("Name", "to_char(t.period, 'YYYY-MM')"),
				date("LastDay", "(t.period + interval '1 month' - interval '1 day')::date")), List.of("Period"),
				List.of(), null, null, null);
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
