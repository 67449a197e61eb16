package com.sellout.portal.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.PortalHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads N clients (segment, status and region vary independently, as in real data)
 * (default 100,000) spread over the demo distributors, then measures the client list page
 * as logged-in users see it (a distributor's manager, the manufacturer's analyst): first
 * page, a search, filters, a deep page. Prints p50 and p95 of the response time over
 * loopback. Run with {@code bench/client-list.sh}.
 */
public final class ClientListBench {

	private static final int WARM_UP = 50;

	private static final int RUNS = 300;

	private ClientListBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dataDir = Files.createTempDirectory("client-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=true",
					"--logging.level.root=warn"))) {
			load(context, count);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://localhost:" + port;
			System.out.printf(Locale.ROOT, "client list benchmark: %,d clients, %d cores; p50 / p95 over %d requests%n",
					count, Runtime.getRuntime().availableProcessors(), RUNS);
			for (String login : new String[] { "alfa.manager", "analyst" }) {
				PortalHttp user = PortalHttp.at(base).loggedInAs(login, "demo");
				measure(user, login, "first page", "/clients");
				measure(user, login, "search by name", "/clients?q=%D1%81%D0%B2%D0%B5%D1%82");
				measure(user, login, "search by INN prefix", "/clients?q=77001");
				measure(user, login, "status + segment + region", "/clients?status=ACTIVE&segment=RETAIL&region=66");
				measure(user, login, "page 100, sorted by city", "/clients?page=100&sort=city");
			}
		}
	}

	private static void load(ConfigurableApplicationContext context, int count) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		long start = System.nanoTime();
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql(
					"""
							insert into clients (inn, kpp, name, segment, region_code, region_name, city, address, status)
							select lpad((7700000000 + i)::text, 10, '0'), '770101001',
							       (array['ООО ', 'АО ', 'ЗАО '])[1 + i % 3] || '"' || (array['Свет', 'Энерго', 'Электро', 'Монтаж', 'Строй'])[1 + i % 5]
							           || (array['сервис', 'техника', 'снаб', 'group', 'плюс'])[1 + (i / 5) % 5] || ' ' || i || '"',
							       (array['DEALER', 'RETAIL', 'INSTALLER', 'DESIGN_INSTITUTE', 'END_CUSTOMER', 'DEVELOPER'])[1 + (i / 7) % 6],
							       (array['77', '78', '50', '66', '54', '16'])[1 + i % 6],
							       (array['г. Москва', 'г. Санкт-Петербург', 'Московская область', 'Свердловская область', 'Новосибирская область', 'Республика Татарстан'])[1 + i % 6],
							       (array['Москва', 'Санкт-Петербург', 'Подольск', 'Екатеринбург', 'Новосибирск', 'Казань'])[1 + i % 6],
							       'ул. Ленина, д. ' || (i % 200),
							       (array['ACTIVE', 'ACTIVE', 'ACTIVE', 'ON_REVIEW', 'BLOCKED', 'ARCHIVED'])[1 + (i / 11) % 6]
							  from generate_series(1, ?) as i""")
				.param(count)
				.update();
			jdbc.sql("""
					insert into client_assignments (client_id, distributor_id, assigned_by)
					select c.id, d.id, 'bench' from clients c join distributors d
					    on (c.id % 3 = 0 and d.code = 'ALFA') or (c.id % 3 = 1 and d.code = 'BETA')
					    or (c.id % 3 = 2 and d.code = 'GAMMA') or (c.id % 7 = 0 and d.code = 'ALFA')
					 where c.inn like '77%' on conflict do nothing""").update();
		});
		// The steady state autovacuum would reach (the assignment trigger leaves a dead
		// row version per
		// client); done now so that autovacuum does not compete with the measurement for
		// the 2 cores.
		// Only the owner may, so through its connection.
		JdbcClient.create(context.getBean(EmbeddedDatabaseServer.class).ownerDataSource())
			.sql("vacuum analyze")
			.update();
		System.out.printf(Locale.ROOT, "loaded %,d clients in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
	}

	private static void measure(PortalHttp user, String login, String name, String path) {
		for (int i = 0; i < WARM_UP; i++) {
			check(user.get(path));
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			check(user.get(path));
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "%-13s %-28s p50 %6.1f ms   p95 %6.1f ms%n", login, name, nanos[RUNS / 2] / 1e6,
				nanos[RUNS * 95 / 100] / 1e6);
	}

	private static void check(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
	}

}
