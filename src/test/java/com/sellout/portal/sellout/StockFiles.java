package com.sellout.portal.sellout;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.TestInns;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stock reports (остатки) for the tests of the stock pages and channels: a plain list as
 * distributors write one (Артикул; Наименование; Склад; Остаток), with or without the
 * title naming its date, each file different (a unit of stock more each time, so that no
 * two are the same bytes); and distributors of their own with their people.
 */
public final class StockFiles {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000));

	private StockFiles() {
	}

	/**
	 * A plain list of a warehouse's stock: EL-10001 at two warehouses, EL-10002 at one,
	 * and a product nobody knows (an exception); the title names the date when
	 * {@code asOf} («31.03.2039») is given.
	 */
	public static byte[] plainList(String asOf) {
		int n = NEXT.incrementAndGet();
		String title = asOf == null ? "" : "Остатки товаров на " + asOf + "\n\n";
		return (title + "Артикул;Наименование;Склад;Остаток\n"
				+ "EL-10001;Розетка бежевый серия Neo-1;Основной склад;%d\n".formatted(10 + n)
				+ "EL-10002;Розетка бежевый серия Neo-2;Основной склад;5\n"
				+ "EL-10001;Розетка бежевый серия Neo-1;Склад Дальний;3\n"
				+ "NO-SUCH-%d;Неизвестный товар;Основной склад;2\n".formatted(n))
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The stock of EL-10001 in {@link #plainList}: both of its warehouses. */
	public static int firstProductStock(byte[] plainList) {
		String text = new String(plainList, StandardCharsets.UTF_8);
		return text.lines()
			.filter(line -> line.startsWith("EL-10001;"))
			.mapToInt(line -> Integer.parseInt(line.substring(line.lastIndexOf(';') + 1)))
			.sum();
	}

	/**
	 * A distributor of the test's own, with an administrator, a manager and an
	 * integration account.
	 */
	public record OwnDistributor(long id, String code, String admin, String manager, String integration) {

		public static final String PASSWORD = "stock-pass-1";

	}

	public static OwnDistributor distributor(ScopedTransactions transactions, JdbcClient jdbc, UserAccounts users,
			String prefix) {
		int seed = (int) (System.nanoTime() % 1_000_000);
		String code = prefix + seed;
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			long id = jdbc.sql("insert into distributors (code, name, inn) values (?, ?, ?) returning id")
				.params(code, "ООО \"Склад " + code + "\"", TestInns.organisation(3_900_000 + seed))
				.query(Long.class)
				.single();
			String login = code.toLowerCase();
			users.register(login + ".admin", OwnDistributor.PASSWORD, "Админ " + code, null, Role.DISTRIBUTOR_ADMIN,
					id);
			users.register(login + ".manager", OwnDistributor.PASSWORD, "Менеджер " + code, null,
					Role.DISTRIBUTOR_MANAGER, id);
			users.register(login + ".1c", OwnDistributor.PASSWORD, "1С " + code, null, Role.INTEGRATION, id);
			return new OwnDistributor(id, code, login + ".admin", login + ".manager", login + ".1c");
		});
	}

}
