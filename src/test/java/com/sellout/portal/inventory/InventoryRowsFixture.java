package com.sellout.portal.inventory;

import java.util.function.Supplier;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Channel inventory rows written as the calculation would write them, for two
 * distributors of their own (INV44A, INV44B) in 2044, a year no other test uses — so that
 * the read side (page, API, exports) is tested on known figures. Also their users: an
 * administrator of each and an integration account of INV44A. Set up once per database.
 *
 * <p>
 * INV44A, March 2044: I44-1 (group «Запас 2044», list price 100) excess and stale, a gap
 * of −10; I44-2 (its sub-group) low, +3; I44-3 (another group) out of stock, opening
 * unknown. INV44B, March 2044: I44-1, no gap. INV44A's gap in January and February too.
 */
final class InventoryRowsFixture {

	static final String PASSWORD = "inv-password-44";

	static final String A = "INV44A";

	static final String B = "INV44B";

	static final long STOCK_REPORT_A = 944_001;

	private static boolean ready;

	private InventoryRowsFixture() {
	}

	/** Group ids by name: the parent, its sub-group, the other. */
	record Groups(long parent, long child, long other) {
	}

	/**
	 * The distributors, users and products once; the rows written again each time, since
	 * a recomputation of every distributor (the thresholds changed) finds no figures of
	 * these and takes their rows away.
	 */
	static synchronized Groups ensure(JdbcClient jdbc, UserAccounts users, AsSystem system) {
		if (!ready) {
			system.run(() -> {
				if (jdbc.sql("select count(*) from distributors where code = ?")
					.param(A)
					.query(Long.class)
					.single() == 0) {
					create(jdbc, users);
				}
				return null;
			});
			ready = true;
		}
		return system.run(() -> {
			rows(jdbc);
			return new Groups(group(jdbc, "Запас 2044"), group(jdbc, "Запас 2044 / Вложенная"),
					group(jdbc, "Запас 2044 прочее"));
		});
	}

	/** PortalTest's asSystem, handed in. */
	interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	private static void create(JdbcClient jdbc, UserAccounts users) {
		long a = distributor(jdbc, A, "ООО \"Запас А\"");
		long b = distributor(jdbc, B, "ООО \"Запас Б\"");
		users.register("inv44a.admin", PASSWORD, "Админ Запас А", null, Role.DISTRIBUTOR_ADMIN, a);
		users.register("inv44b.admin", PASSWORD, "Админ Запас Б", null, Role.DISTRIBUTOR_ADMIN, b);
		users.register("inv44a.1c", PASSWORD, "1С Запас А", null, Role.INTEGRATION, a);
		long parent = insertGroup(jdbc, null, "Запас 2044", "Запас 2044");
		long child = insertGroup(jdbc, parent, "Вложенная", "Запас 2044 / Вложенная");
		long other = insertGroup(jdbc, null, "Запас 2044 прочее", "Запас 2044 прочее");
		product(jdbc, "I44-1", "Светильник запасной", parent, "100.00");
		product(jdbc, "I44-2", "Лампа вложенная", child, "100.00");
		product(jdbc, "I44-3", "Кабель прочий", other, null);
	}

	private static void rows(JdbcClient jdbc) {
		long a = id(jdbc, A);
		long b = id(jdbc, B);
		jdbc.sql("delete from channel_inventory where distributor_id in (?, ?)").params(a, b).update();
		// distributor, sku, period, opening, source, sell-in, sell-out, calculated,
		// reported, stock report, gap, gap value, gap %, weekly sell-out, weeks, band,
		// last sale, stale days, stale
		row(jdbc, a, "I44-1", "2044-03-01", "100", "REPORTED", "50", "30", "120", "110", STOCK_REPORT_A, "-10",
				"-1000.00", "-8.33", "7.5", "14.67", "EXCESS", "2043-11-20", 131, true);
		row(jdbc, a, "I44-2", "2044-03-01", "20", "CALCULATED", "10", "25", "5", "8", STOCK_REPORT_A, "3", "300.00",
				"60.00", "6", "1.33", "LOW", "2044-03-28", 3, false);
		row(jdbc, a, "I44-3", "2044-03-01", null, "NONE", "40", "40", null, "0", STOCK_REPORT_A, null, null, null, "10",
				null, "OUT_OF_STOCK", "2044-03-30", 1, false);
		row(jdbc, b, "I44-1", "2044-03-01", "5", "REPORTED", "0", "1", "4", "4", 944_002L, "0", "0.00", "0.00", "0.25",
				"16", "EXCESS", "2044-03-02", 29, false);
		row(jdbc, a, "I44-1", "2044-01-01", "90", "REPORTED", "20", "10", "100", "98", 943_001L, "-2", "-200.00",
				"-2.00", "2.5", "39.2", "EXCESS", "2043-11-20", 72, false);
		row(jdbc, a, "I44-1", "2044-02-01", "98", "REPORTED", "10", "3", "105", "100", 943_002L, "-5", "-500.00",
				"-4.76", "1", "100", "EXCESS", "2043-11-20", 100, true);
		row(jdbc, a, "I44-2", "2044-02-01", "15", "CALCULATED", "10", "6", "19", "20", 943_002L, "1", "100.00", "5.26",
				"1.5", "13.33", "EXCESS", "2044-02-20", 8, false);
	}

	private static long distributor(JdbcClient jdbc, String code, String name) {
		return jdbc.sql("insert into distributors (code, name, inn) values (?, ?, '7707083893') returning id")
			.params(code, name)
			.query(Long.class)
			.single();
	}

	private static long id(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from distributors where code = ?").param(code).query(Long.class).single();
	}

	private static long insertGroup(JdbcClient jdbc, Long parent, String name, String path) {
		return jdbc.sql("insert into product_groups (parent_id, name, path) values (?, ?, ?) returning id")
			.params(parent, name, path)
			.query(Long.class)
			.single();
	}

	private static long group(JdbcClient jdbc, String path) {
		return jdbc.sql("select id from product_groups where path = ?").param(path).query(Long.class).single();
	}

	private static void product(JdbcClient jdbc, String sku, String name, long group, String price) {
		jdbc.sql("insert into products (sku, name, group_id, list_price) values (?, ?, ?, cast(? as numeric))")
			.params(sku, name, group, price)
			.update();
	}

	private static void row(JdbcClient jdbc, long distributor, String sku, String period, String opening, String source,
			String sellIn, String sellOut, String calculated, String reported, Long stockReport, String gap,
			String gapValue, String gapPercent, String weekly, String weeks, String band, String lastSale,
			Integer staleDays, boolean stale) {
		jdbc.sql(
				"""
						insert into channel_inventory (distributor_id, sku, period, opening, opening_source, sell_in, sell_out,
						    calculated_closing, reported_closing, stock_report_id, gap, gap_value, gap_percent, weekly_sell_out,
						    weeks_of_supply, band, last_sale, stale_days, stale)
						values (?, ?, cast(? as date), cast(? as numeric), ?, cast(? as numeric), cast(? as numeric),
						    cast(? as numeric), cast(? as numeric), ?, cast(? as numeric), cast(? as numeric), cast(? as numeric),
						    cast(? as numeric), cast(? as numeric), ?, cast(? as date), ?, ?)""")
			.params(distributor, sku, period, opening, source, sellIn, sellOut, calculated, reported, stockReport, gap,
					gapValue, gapPercent, weekly, weeks, band, lastSale, staleDays, stale)
			.update();
	}

}
