package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.inventory.InventoryFilter;
import com.sellout.portal.inventory.InventoryQueries;
import com.sellout.portal.inventory.InventoryRow;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demand dynamics per product group and month: sell-out (quantity and net amount, from
 * the rollup of products), sell-in (the quantity shipped, by the documents' month) and
 * the channel stock (the inventory's closing and weeks of supply, summed over the group's
 * products), with the flags their rules raise over the months ending with the range's
 * last; and the top movers — groups and products by the absolute change of their net
 * amount against the range before.
 */
@Service
public class DemandDynamics {

	static final int MOVERS = 10;

	private static final int INVENTORY_ROWS = 500_000;

	/** One group's months (the flag window and the range), its range sums, its flags. */
	public record GroupDynamics(ProductGroup group, List<MonthFigures> months, BigDecimal sellOut, BigDecimal amountNet,
			BigDecimal sellIn, @Nullable BigDecimal stock, @Nullable BigDecimal weeksOfSupply, boolean stockKnown,
			List<DemandFlag> flags) {
	}

	/** A group or product that moved: its net amount now and in the range before. */
	public record Mover(String key, String name, BigDecimal now, BigDecimal before) {

		public BigDecimal change() {
			return now.subtract(before);
		}

	}

	/** What the page shows. */
	public record Dynamics(List<YearMonth> months, List<GroupDynamics> groups, List<Mover> groupMovers,
			List<Mover> productMovers, FlagRules rules, boolean anyStock, Rollup source) {
	}

	private record Product(String sku, String name, @Nullable Long groupId) {
	}

	private final JdbcClient jdbc;

	private final ProductGroups groups;

	private final InventoryQueries inventory;

	private final AnalyticsSettings settings;

	DemandDynamics(JdbcClient jdbc, ProductGroups groups, InventoryQueries inventory, AnalyticsSettings settings) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.inventory = inventory;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public Dynamics of(SalesFilter filter, ClientRestriction restriction) {
		FlagRules rules = settings.current();
		GroupColumns columns = new GroupColumns(groups.all(), filter.groupId());
		Map<String, Product> products = products();
		YearMonth windowStart = filter.to().minusMonths(rules.window() - 1);
		YearMonth start = windowStart.isBefore(filter.from()) ? windowStart : filter.from();
		SalesFilter series = filter.within(start, filter.to());
		Rollup source = Selection.source(EnumSet.of(Dimension.SKU), series, restriction);
		Map<String, MonthFigures> cells = new HashMap<>();
		jdbc.sql("select t.period, t.sku, coalesce(sum(t.quantity), 0), coalesce(sum(t.amount_net), 0) from "
				+ source.table() + " t" + Selection.where(series, restriction) + " group by t.period, t.sku")
			.params(Selection.params(series, restriction))
			.query((rs, i) -> {
				add(cells, columns, products, rs.getString(2), YearMonth.from(rs.getDate(1).toLocalDate()),
						BigDecimal.ZERO, rs.getBigDecimal(3), rs.getBigDecimal(4), null, null);
				return null;
			})
			.list();
		sellIn(series).forEach(s -> add(cells, columns, products, s.sku(), s.month(), s.quantity(), BigDecimal.ZERO,
				BigDecimal.ZERO, null, null));
		boolean anyStock = stock(series, cells, columns, products);
		List<YearMonth> all = months(start, filter.to());
		List<YearMonth> range = months(filter.from(), filter.to());
		List<GroupDynamics> result = new ArrayList<>();
		for (ProductGroup g : columns.columns()) {
			List<MonthFigures> months = all.stream()
				.map(m -> cells.getOrDefault(g.id() + "|" + m, MonthFigures.empty(m)))
				.toList();
			if (months.stream()
				.allMatch(m -> m.sellIn().signum() == 0 && m.sellOut().signum() == 0 && m.amountNet().signum() == 0
						&& m.stock() == null)) {
				continue;
			}
			List<MonthFigures> inRange = months.stream().filter(m -> range.contains(m.month())).toList();
			List<MonthFigures> window = months.subList(Math.max(0, months.size() - rules.window()), months.size());
			MonthFigures last = months.get(months.size() - 1);
			result.add(new GroupDynamics(g, inRange, sum(inRange, MonthFigures::sellOut),
					sum(inRange, MonthFigures::amountNet), sum(inRange, MonthFigures::sellIn), last.stock(),
					last.weeksOfSupply(), DemandFlags.stockKnown(window), DemandFlags.judge(window, rules)));
		}
		List<Mover> productMovers = productMovers(filter, restriction, products);
		return new Dynamics(range, result, groupMovers(productMovers, columns, products), top(productMovers), rules,
				anyStock, source);
	}

	private record Shipped(String sku, YearMonth month, BigDecimal quantity) {
	}

	/** The quantity shipped in per product and month of the documents' date. */
	private List<Shipped> sellIn(SalesFilter filter) {
		return jdbc.sql("""
				select s.sku, date_trunc('month', s.document_date)::date, sum(s.quantity) from sell_in_shipments s
				 where s.document_date >= :start and s.document_date < :end
				   and (cast(:distributor as bigint) is null or s.distributor_id = :distributor)
				   and (cast(:sku as text) is null or s.sku = :sku)
				 group by s.sku, date_trunc('month', s.document_date)""")
			.param("start", filter.from().atDay(1))
			.param("end", filter.to().plusMonths(1).atDay(1))
			.param("distributor", filter.distributorId())
			.param("sku", filter.sku())
			.query((rs, i) -> new Shipped(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()),
					rs.getBigDecimal(3)))
			.list();
	}

	/**
	 * Adds each month's channel stock (closing as best known, and the weekly sell-out
	 * behind the weeks of supply) per group; whether any month knew any.
	 */
	private boolean stock(SalesFilter filter, Map<String, MonthFigures> cells, GroupColumns columns,
			Map<String, Product> products) {
		boolean any = false;
		String sku = Dimension.UNSPECIFIED.equals(filter.sku()) ? null : filter.sku();
		for (YearMonth month : months(filter.from(), filter.to())) {
			Map<Long, BigDecimal[]> perGroup = new HashMap<>();
			for (InventoryRow row : inventory.all(
					new InventoryFilter(month, filter.distributorId(), filter.groupId(), sku, null, null, false), "sku",
					false, INVENTORY_ROWS)) {
				BigDecimal closing = row.closing();
				Product product = products.get(row.sku());
				if (closing == null || product == null) {
					continue;
				}
				columns.columnOf(product.groupId()).ifPresent(g -> {
					BigDecimal[] sums = perGroup.computeIfAbsent(g.id(),
							id -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
					sums[0] = sums[0].add(closing);
					sums[1] = sums[1].add(row.weeklySellOut() == null ? BigDecimal.ZERO : row.weeklySellOut());
				});
			}
			for (Map.Entry<Long, BigDecimal[]> e : perGroup.entrySet()) {
				any = true;
				BigDecimal[] sums = e.getValue();
				BigDecimal weeks = sums[1].signum() > 0 ? sums[0].divide(sums[1], 2, RoundingMode.HALF_UP) : null;
				cells.merge(e.getKey() + "|" + month,
						new MonthFigures(month, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, sums[0], weeks),
						DemandDynamics::merge);
			}
		}
		return any;
	}

	private List<Mover> productMovers(SalesFilter filter, ClientRestriction restriction,
			Map<String, Product> products) {
		SalesFilter both = filter.within(filter.previous().from(), filter.to());
		Rollup source = Selection.source(EnumSet.of(Dimension.SKU), both, restriction);
		Map<String, Object> params = Selection.params(both, restriction);
		params.put("split", filter.from().atDay(1));
		return jdbc
			.sql("select coalesce(t.sku, '-'), coalesce(sum(t.amount_net) filter (where t.period >= :split), 0),"
					+ " coalesce(sum(t.amount_net) filter (where t.period < :split), 0) from " + source.table() + " t"
					+ Selection.where(both, restriction) + " group by coalesce(t.sku, '-')")
			.params(params)
			.query((rs, i) -> {
				Product p = products.get(rs.getString(1));
				return new Mover(rs.getString(1), p == null ? rs.getString(1) : p.name(), rs.getBigDecimal(2),
						rs.getBigDecimal(3));
			})
			.list();
	}

	private static List<Mover> groupMovers(List<Mover> productMovers, GroupColumns columns,
			Map<String, Product> products) {
		Map<Long, Mover> byGroup = new HashMap<>();
		for (Mover m : productMovers) {
			Product p = products.get(m.key());
			columns.columnOf(p == null ? null : p.groupId())
				.ifPresent(g -> byGroup.merge(g.id(), new Mover(String.valueOf(g.id()), g.path(), m.now(), m.before()),
						(a, b) -> new Mover(a.key(), a.name(), a.now().add(b.now()), a.before().add(b.before()))));
		}
		return top(new ArrayList<>(byGroup.values()));
	}

	/** The largest absolute changes first. */
	static List<Mover> top(List<Mover> movers) {
		return movers.stream()
			.filter(m -> m.change().signum() != 0)
			.sorted((a, b) -> b.change().abs().compareTo(a.change().abs()) != 0
					? b.change().abs().compareTo(a.change().abs()) : a.key().compareTo(b.key()))
			.limit(MOVERS)
			.toList();
	}

	private Map<String, Product> products() {
		Map<String, Product> map = new HashMap<>();
		jdbc.sql("select sku, name, group_id from catalog_products")
			.query((rs, i) -> new Product(rs.getString(1), rs.getString(2), (Long) rs.getObject(3)))
			.list()
			.forEach(p -> map.put(p.sku(), p));
		return map;
	}

	private static void add(Map<String, MonthFigures> cells, GroupColumns columns, Map<String, Product> products,
			@Nullable String sku, YearMonth month, BigDecimal sellIn, BigDecimal sellOut, BigDecimal amount,
			@Nullable BigDecimal stock, @Nullable BigDecimal weeks) {
		Product p = sku == null ? null : products.get(sku);
		columns.columnOf(p == null ? null : p.groupId())
			.ifPresent(g -> cells.merge(g.id() + "|" + month,
					new MonthFigures(month, sellIn, sellOut, amount, stock, weeks), DemandDynamics::merge));
	}

	private static MonthFigures merge(MonthFigures a, MonthFigures b) {
		return new MonthFigures(a.month(), a.sellIn().add(b.sellIn()), a.sellOut().add(b.sellOut()),
				a.amountNet().add(b.amountNet()), a.stock() != null ? a.stock() : b.stock(),
				a.weeksOfSupply() != null ? a.weeksOfSupply() : b.weeksOfSupply());
	}

	private static BigDecimal sum(List<MonthFigures> months, Function<MonthFigures, BigDecimal> f) {
		return months.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static List<YearMonth> months(YearMonth from, YearMonth to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

}
