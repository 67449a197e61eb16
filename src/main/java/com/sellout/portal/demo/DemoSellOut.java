package com.sellout.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.sellout.portal.catalog.SellIn;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's sell-out, so that a fresh demo's analytics show something:
 * {@value DemoSales#MONTHS} months up to the last complete one of generated reports for
 * each demo distributor, sent through the real door ({@link SellOutIntake#receive}, as
 * CSV) and processed in the background like any report; a stock report before the first
 * month (so the channel inventory knows the stock) and the month's sell-in. Only when
 * this start loaded the demo into an empty database — never again on a restart — and
 * unless {@code portal.demo.sellout=false} (the tests, which send their own).
 */
@Component
@Order(1)
class DemoSellOut implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSellOut.class);

	private static final List<String> DISTRIBUTORS = List.of("ALFA", "BETA", "GAMMA");

	private final DemoData demo;

	private final SellOutIntake intake;

	private final SellIn sellIn;

	private final Distributors distributors;

	private final ScopedTransactions transactions;

	private final Environment environment;

	DemoSellOut(DemoData demo, SellOutIntake intake, SellIn sellIn, Distributors distributors,
			ScopedTransactions transactions, Environment environment) {
		this.demo = demo;
		this.intake = intake;
		this.sellIn = sellIn;
		this.distributors = distributors;
		this.transactions = transactions;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.seededNow() || !environment.getProperty("portal.demo.sellout", Boolean.class, true)) {
			return;
		}
		long started = System.nanoTime();
		DemoSales sales = new DemoSales(DemoData.resource("demo/catalog.csv"), DemoData.resource("demo/clients.csv"));
		Map<String, String> groupOf = new HashMap<>();
		Map<String, BigDecimal> priceOf = new HashMap<>();
		sales.products().forEach(p -> {
			groupOf.put(p.sku(), p.group());
			priceOf.put(p.sku(), p.listPrice().multiply(BigDecimal.valueOf(0.7)));
		});
		YearMonth first = YearMonth.now().minusMonths(DemoSales.MONTHS);
		int reports = 0;
		int lines = 0;
		List<SellIn.Incoming> shipped = new ArrayList<>();
		for (String code : DISTRIBUTORS) {
			long id = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> distributors.findByCodeOrInn(code))
				.orElseThrow()
				.id();
			Sender sender = Sender.system(id, Channel.API);
			intake.receive(IncomingFile.of("остатки-" + code + ".json", "application/json", stock(sales, first)),
					sender);
			for (int i = 0; i < DemoSales.MONTHS; i++) {
				YearMonth period = first.plusMonths(i);
				DemoSales.Month month = sales.month(code, period, i);
				intake.receive(IncomingFile.of("продажи-" + code + "-" + period + ".csv", "text/csv", month.csv())
					.forPeriod(period), sender);
				reports++;
				lines += month.lines();
				int line = shipped.size();
				String document = "ОТГ-" + code + "-" + period;
				for (Map.Entry<String, Integer> s : DemoSales.sellIn(month, i, groupOf).entrySet()) {
					shipped.add(new SellIn.Incoming(++line, code, document, period.atDay(5).toString(), s.getKey(),
							String.valueOf(s.getValue()),
							priceOf.get(s.getKey())
								.multiply(BigDecimal.valueOf(s.getValue()))
								.setScale(2, RoundingMode.HALF_UP)
								.toPlainString()));
				}
			}
		}
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> sellIn.deliver(shipped));
		log.info(
				"Demo sell-out: {} reports ({} lines) and {} stock reports handed to the intake, {} sell-in lines,"
						+ " in {} ms; they are processed in the background",
				reports, lines, DISTRIBUTORS.size(), shipped.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The stock at the end of the month before the first: about a month's usual sales.
	 */
	private static byte[] stock(DemoSales sales, YearMonth first) {
		StringJoiner lines = new StringJoiner(",");
		sales.products()
			.forEach(p -> lines.add("{\"sku\": \"" + p.sku() + "\", \"quantity\": " + sales.usualStock(p) + "}"));
		return ("{\"kind\": \"stock\", \"as_of\": \"" + first.minusMonths(1).atEndOfMonth() + "\", \"lines\": [" + lines
				+ "]}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
