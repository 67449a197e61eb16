package com.sellout.portal.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.catalog.CatalogImports;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.support.FreePorts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a generated catalog of N products (default 100,000) three times into a fresh
 * embedded database: all new, the same file again (nothing changes), and with every tenth
 * price changed. Prints seconds and peak heap of each run. Run with
 * {@code bench/catalog-import.sh}.
 */
public final class CatalogImportBench {

	private CatalogImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dataDir = Files.createTempDirectory("catalog-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=false", "--portal.database.data-dir=" + dataDir,
					"--portal.database.clean=true", "--portal.database.durable=true", "--logging.level.root=warn"))) {
			CatalogImports imports = context.getBean(CatalogImports.class);
			ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
			byte[] file = catalog(products, 0);
			byte[] changed = catalog(products, 10);
			System.out.printf(Locale.ROOT,
					"catalog import benchmark: %,d products, file %.1f MB, %d cores, max heap %d MB%n", products,
					file.length / 1e6, Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() / 1024 / 1024);
			run("first import (all new)", () -> transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> imports.importCatalog("bench.csv", file)));
			run("same file again", () -> transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> imports.importCatalog("bench.csv", file)));
			run("every 10th price changed", () -> transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> imports.importCatalog("bench-changed.csv", changed)));
		}
	}

	private static void run(String name, Supplier<ImportSummary> work) {
		Measured.run(name, work, summary -> String.format(Locale.ROOT, "added %d, updated %d, unchanged %d, skipped %d",
				summary.added(), summary.updated(), summary.unchanged(), summary.skipped()));
	}

	/**
	 * A realistic file: Russian names, groups with subgroups, valid EANs, decimal commas,
	 * floors.
	 */
	static byte[] catalog(int products, int changeEvery) {
		StringBuilder csv = new StringBuilder(
				"Артикул;Наименование;Товарная группа;Ед. изм.;Штрихкод;Цена;Минимальная цена\n");
		String[] groups = { "Розетки и выключатели / Серия Neo", "Щиты и корпуса / Боксы",
				"Модульное оборудование / Автоматы", "Кабеленесущие системы / Кабель-каналы" };
		for (int i = 0; i < products; i++) {
			long price = 10_000 + (i * 7919L) % 500_000;
			if (changeEvery > 0 && i % changeEvery == 0) {
				price += 100;
			}
			csv.append("BN-")
				.append(100_000 + i)
				.append(';')
				.append("Изделие электротехническое серия ")
				.append(i % 97)
				.append(" исполнение ")
				.append(i)
				.append(';')
				.append(groups[i % groups.length])
				.append(';')
				.append(i % 5 == 0 ? "м" : "шт")
				.append(';')
				.append(ean(i))
				.append(';')
				.append(price / 100)
				.append(',')
				.append(String.format(Locale.ROOT, "%02d", price % 100))
				.append(';')
				.append(price * 8 / 1000)
				.append(',')
				.append(String.format(Locale.ROOT, "%02d", (price * 8 / 10) % 100))
				.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String ean(int i) {
		String body = String.format(Locale.ROOT, "460%09d", i);
		int sum = 0;
		for (int k = body.length() - 1, weight = 3; k >= 0; k--, weight = 4 - weight) {
			sum += (body.charAt(k) - '0') * weight;
		}
		return body + (10 - sum % 10) % 10;
	}

}
