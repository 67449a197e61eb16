package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.TestInns;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the forecast tests send and wait for, in years 2066–2075 that no other test uses,
 * with distributors and products of their own: sell-out through the sell-out API's
 * canonical JSON (as the distributor's administrator), stock through the stock API,
 * sell-in through {@code POST /api/v1/sell-in}; then the wait until the rollups hold the
 * reports and the stored forecasts were fitted on exactly the history sent (their
 * fingerprints), never for global counts.
 */
public final class ForecastFixture {

	public static final String PASSWORD = "demo";

	private final Supplier<PortalHttp> http;

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	public ForecastFixture(Supplier<PortalHttp> http, JdbcClient jdbc, ScopedTransactions transactions) {
		this.http = http;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The distributor of that code, made with its administrator if new. */
	public static Distributor distributor(Distributors distributors, UserAccounts users, String code, int seed) {
		return distributors.findByCodeOrInn(code).orElseGet(() -> {
			Distributor made = distributors
				.create(new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed), null, null,
						LocalDate.of(2060, 1, 1), null, ReportingFrequency.MONTHLY, null, null));
			users.register(admin(code), PASSWORD, "Администратор " + code, null, Role.DISTRIBUTOR_ADMIN, made.id());
			return made;
		});
	}

	/** PortalTest's asSystem, handed in. */
	public interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	public static String admin(String code) {
		return code.toLowerCase() + ".admin";
	}

	/** A group (by its path, made with its parents when missing) and products in it. */
	public long group(String path, String... skus) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Long parent = null;
			StringBuilder prefix = new StringBuilder();
			for (String part : path.split(" / ")) {
				prefix.append(prefix.isEmpty() ? "" : " / ").append(part);
				String current = prefix.toString();
				jdbc.sql(
						"insert into product_groups (parent_id, name, path) values (?, ?, ?) on conflict (path) do nothing")
					.params(parent, part, current)
					.update();
				parent = jdbc.sql("select id from product_groups where path = ?")
					.param(current)
					.query(Long.class)
					.single();
			}
			for (String sku : skus) {
				jdbc.sql("""
						insert into products (sku, name, group_id, list_price) values (?, ?, ?, 100)
						on conflict (sku) do nothing""").params(sku, "Товар " + sku, parent).update();
			}
			return parent;
		});
	}

	/** A sale of a month's report: product, client (ИНН) and quantity. */
	public record Sale(String sku, String inn, double quantity) {
	}

	/** Sends a month's sell-out report and waits until it is accepted; its id. */
	public long sellOut(String code, YearMonth period, List<Sale> sales) {
		StringJoiner lines = new StringJoiner(",\n");
		int day = 1;
		for (Sale sale : sales) {
			lines.add("""
					{"sale_date": "%s", "client_inn": "%s", "client_name": "Клиент %s", "sku": "%s", "quantity": "%s",
					 "unit": "шт", "price": "100.00", "document_no": "F-%s"}""".formatted(period.atDay(day), sale.inn(),
					sale.inn(), sale.sku(), plain(sale.quantity()),
					Long.toHexString(ThreadLocalRandom.current().nextLong())));
			day = day % 27 + 1;
		}
		String json = "{\"period\": \"" + period + "\", \"lines\": [" + lines + "]}";
		HttpResponse<String> response = new SellOutApi(http.get()).post(admin(code), "application/json",
				json.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		awaitAccepted("/api/v1/sellout/reports/" + id, code, SellOutApi.json(response));
		return id;
	}

	/** Sends a stock report of the as-of date: SKU, quantity pairs. */
	public long stock(String code, LocalDate asOf, Object... skusAndQuantities) {
		StringJoiner lines = new StringJoiner(",\n");
		for (int i = 0; i < skusAndQuantities.length; i += 2) {
			lines.add("{\"sku\": \"%s\", \"quantity\": %s}".formatted(skusAndQuantities[i], skusAndQuantities[i + 1]));
		}
		String json = "{\"kind\": \"stock\", \"as_of\": \"" + asOf + "\", \"lines\": [" + lines + "]}";
		HttpResponse<String> response = http.get()
			.apiSend("POST", "/api/v1/sellout/stock-reports", json, admin(code), PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		awaitAccepted("/api/v1/sellout/stock-reports/" + id, code, SellOutApi.json(response));
		return id;
	}

	/** Sends one sell-in document of one line, as the manufacturer's administrator. */
	public void sellIn(String code, String documentNo, LocalDate date, String sku, int quantity) {
		String body = """
				{"lines": [{"distributor": "%s", "document_no": "%s", "date": "%s", "sku": "%s", "quantity": %d,
				            "amount": %d}]}""".formatted(code, documentNo, date, sku, quantity, quantity * 100);
		HttpResponse<String> response = http.get().apiSend("POST", "/api/v1/sell-in", body, "admin", "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private void awaitAccepted(String path, String code, JsonNode report) {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String status = report.path("status").asString();
		while (!status.startsWith("ACCEPTED") && System.nanoTime() < until) {
			pause(100);
			status = SellOutApi.json(http.get().api(path, admin(code), PASSWORD)).path("status").asString();
		}
		assertThat(status).as(path).isEqualTo("ACCEPTED");
	}

	/**
	 * Waits until the distributor's stored forecasts were fitted on exactly these
	 * histories (each SKU's months, from its first with a sale to {@code last}): the
	 * reports' rollups, their events and the debounced refit all done.
	 */
	public void awaitForecasts(long distributorId, Map<String, Map<YearMonth, Double>> histories, YearMonth last) {
		Map<String, String> prints = new LinkedHashMap<>();
		new TreeMap<>(histories).forEach((sku, months) -> {
			YearMonth first = months.entrySet()
				.stream()
				.filter(e -> e.getValue() > 0)
				.map(Map.Entry::getKey)
				.min(YearMonth::compareTo)
				.orElseThrow();
			prints.put(sku, new Series(distributorId, sku, first, slice(months, first, last)).fingerprint());
		});
		long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		Map<String, String> stored;
		do {
			pause(200);
			stored = stamps(distributorId);
		}
		while (!stored.equals(prints) && System.nanoTime() < until);
		assertThat(stored).as("stored forecasts' fingerprints").isEqualTo(prints);
	}

	/** The fingerprints of the distributor's latest stored forecasts, by SKU. */
	public Map<String, String> stamps(long distributorId) {
		Map<String, String> stamps = new LinkedHashMap<>();
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
			.sql("select sku, fingerprint from forecast_series where distributor_id = ? and latest order by sku")
			.param(distributorId)
			.query(rs -> {
				stamps.put(rs.getString(1), rs.getString(2));
			}));
		return stamps;
	}

	/** The values of a series from {@code from} to {@code to}, both included. */
	public static double[] slice(Map<YearMonth, Double> months, YearMonth from, YearMonth to) {
		List<Double> values = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			values.add(months.getOrDefault(m, 0.0));
		}
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	static String plain(double quantity) {
		return BigDecimal.valueOf(quantity).stripTrailingZeros().toPlainString();
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
