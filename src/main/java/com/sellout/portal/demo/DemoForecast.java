package com.sellout.portal.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.NamedOrderForm;
import com.sellout.portal.forecasting.NamedOrders;
import com.sellout.portal.forecasting.PlanningSetting;
import com.sellout.portal.forecasting.PlanningSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's planning terms and named orders, so that a fresh demo's «Прогноз» shows a
 * sell-in plan with every part: ALFA with two months' lead time and six weeks' cover (and
 * three months, eight weeks for its cable trays), BETA with one month and three weeks,
 * GAMMA on the defaults; and four named orders of the coming months for projects of the
 * distributors' own clients. Only when this start loaded the demo and its sell-out.
 */
@Component
@Order(2)
class DemoForecast implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoForecast.class);

	/** A named order: who orders what for whom, months ahead, and for which project. */
	private record Order(String distributor, int client, String group, int quantity, int monthsAhead, String project) {
	}

	private static final List<Order> ORDERS = List.of(
			new Order("ALFA", 0, DemoSales.HYPED, 120, 1, "ЖК «Северный квартал», корпус 2"),
			new Order("ALFA", 1, "Розетки и выключатели", 80, 2, "Бизнес-центр «Орион»"),
			new Order("BETA", 0, DemoSales.HYPED, 60, 1, "Школа № 12, реконструкция"),
			new Order("GAMMA", 0, DemoSales.STAGNATING, 150, 3, "Логистический комплекс «Урал»"));

	private final DemoData demo;

	private final Distributors distributors;

	private final ProductGroups groups;

	private final PlanningSettings settings;

	private final NamedOrders namedOrders;

	private final ScopedTransactions transactions;

	private final Environment environment;

	DemoForecast(DemoData demo, Distributors distributors, ProductGroups groups, PlanningSettings settings,
			NamedOrders namedOrders, ScopedTransactions transactions, Environment environment) {
		this.demo = demo;
		this.distributors = distributors;
		this.groups = groups;
		this.settings = settings;
		this.namedOrders = namedOrders;
		this.transactions = transactions;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.seededNow() || !environment.getProperty("portal.demo.sellout", Boolean.class, true)) {
			return;
		}
		DemoSales sales = new DemoSales(DemoData.resource("demo/catalog.csv"), DemoData.resource("demo/clients.csv"));
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			long alfa = id("ALFA");
			settings.save(new PlanningSetting(alfa, null, 2, BigDecimal.valueOf(6)));
			settings.save(new PlanningSetting(id("BETA"), null, 1, BigDecimal.valueOf(3)));
			groups.all()
				.stream()
				.filter(g -> g.path().equals(DemoSales.STAGNATING))
				.map(ProductGroup::id)
				.findFirst()
				.ifPresent(trays -> settings.save(new PlanningSetting(alfa, trays, 3, BigDecimal.valueOf(8))));
			YearMonth now = YearMonth.now();
			for (Order order : ORDERS) {
				List<DemoSales.Client> own = sales.clients()
					.stream()
					.filter(c -> c.distributors().contains(order.distributor()))
					.toList();
				DemoSales.Product product = sales.products()
					.stream()
					.filter(p -> p.group().equals(order.group()))
					.findFirst()
					.orElseThrow();
				namedOrders.create(new NamedOrderForm(order.distributor(), own.get(order.client()).inn(), product.sku(),
						String.valueOf(order.quantity()), now.plusMonths(order.monthsAhead()).toString(),
						order.project()));
			}
		});
		log.info("Demo forecast: planning settings of ALFA and BETA, {} named orders", ORDERS.size());
	}

	private long id(String code) {
		return distributors.findByCodeOrInn(code).orElseThrow().id();
	}

}
