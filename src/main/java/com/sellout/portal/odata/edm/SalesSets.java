package com.sellout.portal.odata.edm;

import java.util.List;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;

import static com.sellout.portal.odata.edm.FeedColumn.bool;
import static com.sellout.portal.odata.edm.FeedColumn.date;
import static com.sellout.portal.odata.edm.FeedColumn.decimal;
import static com.sellout.portal.odata.edm.FeedColumn.int32;
import static com.sellout.portal.odata.edm.FeedColumn.int64;
import static com.sellout.portal.odata.edm.FeedColumn.text;
import static com.sellout.portal.odata.edm.FeedColumn.timestamp;

/**
 * The feed's sets of figures: the sell-out lines, the monthly rollup, price deviations,
 * the reports, the sell-in, the channel inventory and the forecasts. Each reads published
 * read views only (row-level security applies to the reader through them).
 */
final class SalesSets {

	private static final String LINES_FROM = """
			sellout_report_lines l join distributor_directory d on d.id = l.distributor_id
			  left join catalog_products p on p.sku = l.sku""";

	private static final List<FeedNavigation> LINE_LINKS = List.of(
			new FeedNavigation("Distributor", "Distributors", "DistributorId", "Id"),
			new FeedNavigation("Product", "Products", "Sku", "Sku"),
			new FeedNavigation("Client", "Clients", "ClientInn", "Inn"),
			new FeedNavigation("Report", "Reports", "ReportId", "Id"));

	private static final List<FeedNavigation> PRODUCT_LINKS = List.of(
			new FeedNavigation("Distributor", "Distributors", "DistributorId", "Id"),
			new FeedNavigation("Product", "Products", "Sku", "Sku"));

	private SalesSets() {
	}

	static List<FeedSet> all() {
		return List.of(lines(), deviations(), monthly(), reports(), sellIn(), channelInventory(), forecasts());
	}

	/**
	 * The accepted lines of the active reports — of the reports active at the first page,
	 * on every later page of the same read.
	 */
	private static FeedSet lines() {
		return new FeedSet("SellOutLines", "SellOutLine", LINES_FROM, "true",
				List.of(int64("ReportId", "l.report_id"), int32("LineNo", "l.line_no"),
						int64("DistributorId", "l.distributor_id"), text("DistributorCode", "d.code"),
						date("Period", "l.period"), date("SaleDate", "l.sale_date"),
						text("DocumentNo", "l.document_no"), text("ClientInn", "l.client_inn"),
						text("ClientName", "l.client_name"), text("Sku", "l.sku"),
						text("ProductName", "coalesce(p.name, l.product_name)"), int64("GroupId", "p.group_id"),
						text("RegionCode", "l.region_code"), text("SegmentCode", "l.client_segment"),
						decimal("Quantity", "l.quantity", 18, 3), text("Unit", "l.unit"),
						decimal("PriceNet", "l.price_net", 18, 4), decimal("AmountNet", "l.amount_net", 18, 2),
						text("Currency", "coalesce(l.currency, 'RUB')")),
				List.of("ReportId", "LineNo"), LINE_LINKS, "l.client_inn", null, "l.report_id");
	}

	/**
	 * Sales under the price floor: accepted lines with a positive quantity sold below the
	 * floor in force (monitoring, never blocking), over the same snapshot as the lines.
	 */
	private static FeedSet deviations() {
		return new FeedSet("Deviations", "Deviation", LINES_FROM, "l.below_floor_pct > 0 and l.quantity > 0",
				List.of(int64("ReportId", "l.report_id"), int32("LineNo", "l.line_no"),
						int64("DistributorId", "l.distributor_id"), text("DistributorCode", "d.code"),
						date("Period", "l.period"), date("SaleDate", "l.sale_date"), text("ClientInn", "l.client_inn"),
						text("ClientName", "l.client_name"), text("Sku", "l.sku"),
						text("ProductName", "coalesce(p.name, l.product_name)"), text("RegionCode", "l.region_code"),
						text("SegmentCode", "l.client_segment"), decimal("Quantity", "l.quantity", 18, 3),
						decimal("PriceNet", "l.price_net", 18, 4), decimal("FloorPrice", "l.floor_price", 18, 4),
						decimal("BelowFloorPct", "l.below_floor_pct", 7, 2),
						decimal("BelowAmount", "round((l.floor_price - l.price_net) * l.quantity, 2)", 20, 2),
						decimal("AmountNet", "l.amount_net", 18, 2), text("Currency", "coalesce(l.currency, 'RUB')")),
				List.of("ReportId", "LineNo"), LINE_LINKS, "l.client_inn", null, "l.report_id");
	}

	/**
	 * The monthly rollup (BI tools do not push a group-by to the server): a missing
	 * product, region or segment is an empty text, since a key has no nulls.
	 */
	private static FeedSet monthly() {
		String from = "sales_monthly m join distributor_directory d on d.id = m.distributor_id";
		String restricted = """
				(select distributor_id, period, sku, region_code, client_segment, sum(lines) as lines,
				        sum(quantity) as quantity, sum(amount_net) as amount_net,
				        sum(other_currency_lines) as other_currency_lines
				   from sales_monthly_by_client where client_inn = any(?)
				  group by distributor_id, period, sku, region_code, client_segment) m
				  join distributor_directory d on d.id = m.distributor_id""";
		return new FeedSet("SellOutMonthly", "SellOutMonth", from, "true",
				List.of(date("Period", "m.period"), int64("DistributorId", "m.distributor_id"),
						text("DistributorCode", "d.code"), text("Sku", "coalesce(m.sku, '')"),
						text("RegionCode", "coalesce(m.region_code, '')"),
						text("SegmentCode", "coalesce(m.client_segment, '')"), decimal("Quantity", "m.quantity", 20, 3),
						decimal("AmountNet", "m.amount_net", 20, 2), int64("Lines", "m.lines"),
						int64("OtherCurrencyLines", "m.other_currency_lines")),
				List.of("Period", "DistributorId", "Sku", "RegionCode", "SegmentCode"), PRODUCT_LINKS, null, restricted,
				null);
	}

	private static FeedSet reports() {
		return new FeedSet("Reports", "Report",
				"sellout_report_summaries r join distributor_directory d on d.id = r.distributor_id",
				"r.kind = 'SELLOUT'",
				List.of(int64("Id", "r.id"), int64("DistributorId", "r.distributor_id"),
						text("DistributorCode", "d.code"), date("Period", "r.period"), int32("Version", "r.version"),
						text("Status", "r.status"),
						bool("Active", "r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')"),
						text("Source", "r.source"), text("FileName", "r.file_name"),
						timestamp("ReceivedAt", "r.received_at"), timestamp("ProcessedAt", "r.processed_at"),
						timestamp("ChangedAt", "r.changed_at"), int32("Lines", "r.lines"),
						int32("AcceptedLines", "r.accepted_lines"), int32("Exceptions", "r.exceptions"),
						int32("Deviations", "r.deviations"), decimal("AcceptedQuantity", "r.accepted_quantity", 20, 3),
						decimal("AcceptedAmountNet", "r.accepted_amount_net", 20, 2),
						int64("SupersededBy", "r.superseded_by"), int64("ReplacedId", "r.replaced_id")),
				List.of("Id"), List.of(new FeedNavigation("Distributor", "Distributors", "DistributorId", "Id")),
				FeedSet.NO_CLIENT, null, null);
	}

	private static FeedSet sellIn() {
		return new FeedSet("SellIn", "SellInLine",
				"sell_in_shipments s join distributor_directory d on d.id = s.distributor_id", "true",
				List.of(int64("Id", "s.id"), int64("DistributorId", "s.distributor_id"),
						text("DistributorCode", "d.code"), text("DocumentNo", "s.document_no"),
						date("DocumentDate", "s.document_date"),
						date("Period", "date_trunc('month', s.document_date)::date"), int32("LineNo", "s.line_no"),
						text("Sku", "s.sku"), decimal("Quantity", "s.quantity", 14, 3),
						decimal("Amount", "s.amount", 16, 2)),
				List.of("Id"), PRODUCT_LINKS, FeedSet.NO_CLIENT, null, null);
	}

	private static FeedSet channelInventory() {
		return new FeedSet("ChannelInventory", "ChannelInventoryMonth",
				"channel_inventory_months c join distributor_directory d on d.id = c.distributor_id", "true",
				List.of(int64("DistributorId", "c.distributor_id"), date("Period", "c.period"), text("Sku", "c.sku"),
						text("DistributorCode", "d.code"), decimal("Opening", "c.opening", 18, 3),
						text("OpeningSource", "c.opening_source"), decimal("SellIn", "c.sell_in", 18, 3),
						decimal("SellOut", "c.sell_out", 18, 3),
						decimal("CalculatedClosing", "c.calculated_closing", 18, 3),
						decimal("ReportedClosing", "c.reported_closing", 18, 3), decimal("Gap", "c.gap", 18, 3),
						decimal("GapValue", "c.gap_value", 20, 2), decimal("GapPercent", "c.gap_percent", 12, 2),
						decimal("WeeklySellOut", "c.weekly_sell_out", 18, 3),
						decimal("WeeksOfSupply", "c.weeks_of_supply", 12, 2), text("Band", "c.band"),
						date("LastSale", "c.last_sale"), int32("StaleDays", "c.stale_days"), bool("Stale", "c.stale")),
				List.of("DistributorId", "Period", "Sku"), PRODUCT_LINKS, FeedSet.NO_CLIENT, null, null);
	}

	private static FeedSet forecasts() {
		return new FeedSet("Forecasts", "Forecast",
				"forecast_months f join distributor_directory d on d.id = f.distributor_id", "true",
				List.of(int64("DistributorId", "f.distributor_id"), text("Sku", "f.sku"), date("Period", "f.period"),
						text("DistributorCode", "d.code"), decimal("Quantity", "f.quantity", 18, 3),
						decimal("Lower80", "f.lower80", 18, 3), decimal("Upper80", "f.upper80", 18, 3),
						date("MadeIn", "f.made_in"), text("Method", "f.method"), text("DemandClass", "f.demand_class"),
						new FeedColumn("BacktestError", EdmPrimitiveTypeKind.Double, "f.error", null, null),
						timestamp("FittedAt", "f.fitted_at")),
				List.of("DistributorId", "Sku", "Period"), PRODUCT_LINKS, FeedSet.NO_CLIENT, null, null);
	}

}
