package com.sellout.portal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.sellout.portal.catalog.CatalogImports;
import com.sellout.portal.clients.ClientForm;
import com.sellout.portal.clients.ClientSeeding;
import com.sellout.portal.clients.ClientStatus;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.shared.ListQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo distributors and accounts (all with the password {@code demo}), loaded only into
 * an empty database and only when enabled: by default with the embedded database, never
 * with an external one unless {@code portal.demo.enabled=true}.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final List<DemoDistributor> DISTRIBUTORS = List.of(
			new DemoDistributor("ALFA", "ООО \"Альфа Электро\"", "7776711926", "Москва, Московская область",
					"sales@alfa-electro.example"),
			new DemoDistributor("BETA", "ООО \"Бета Свет\"", "5478631679", "Новосибирская область, Томская область",
					"info@beta-svet.example"),
			new DemoDistributor("GAMMA", "АО \"Гамма Энерго\"", "6655323405",
					"Свердловская область, Челябинская область", "office@gamma-energo.example"));

	private final Distributors distributors;

	private final UserAccounts users;

	private final ScopedTransactions transactions;

	private final Environment environment;

	private final CatalogImports catalogImports;

	private final ClientSeeding clientSeeding;

	private final IntegrationAccounts integrations;

	/**
	 * Whether this start loaded the demo into an empty database (what else may follow).
	 */
	private volatile boolean seeded;

	DemoData(Distributors distributors, UserAccounts users, ScopedTransactions transactions, Environment environment,
			CatalogImports catalogImports, ClientSeeding clientSeeding, IntegrationAccounts integrations) {
		this.integrations = integrations;
		this.catalogImports = catalogImports;
		this.clientSeeding = clientSeeding;
		this.distributors = distributors;
		this.users = users;
		this.transactions = transactions;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			if (users.count() > 0 || distributors.find(null, new ListQuery(null, null, false, 0, 1)).total() > 0) {
				return;
			}
			users.register("admin", PASSWORD, "Администратор портала", "admin@manufacturer.example", Role.ADMIN, null);
			long analyst = users.register("analyst", PASSWORD, "Аналитик канала", "analyst@manufacturer.example",
					Role.ANALYST, null);
			for (DemoDistributor demo : DISTRIBUTORS) {
				// the analyst answers for every demo distributor (the calendar escalates
				// to them)
				Distributor distributor = distributors.create(demo.form().withResponsible(analyst));
				String code = demo.code().toLowerCase();
				users.register(code + ".admin", PASSWORD, "Администратор " + demo.code(), code + ".admin@example.com",
						Role.DISTRIBUTOR_ADMIN, distributor.id());
				users.register(code + ".manager", PASSWORD, "Менеджер " + demo.code(), code + ".manager@example.com",
						Role.DISTRIBUTOR_MANAGER, distributor.id());
				long integration = users.register(code + ".1c", PASSWORD, "1С " + demo.code() + " (интеграция)", null,
						Role.INTEGRATION, distributor.id());
				// Each account's secret intake address is random per database (its card
				// shows it). ALFA: a label
				// and an allowed sender; BETA: a label only; GAMMA: a sender only —
				// labels and senders count
				// only for mail a trusted receiving server authenticated
				integrations.storeMailIdentity(integration, code.equals("gamma") ? null : code,
						code.equals("beta") ? List.of() : List.of("1c@" + code + ".example"));
			}
			catalogImports.importCatalog("catalog.csv", resource("demo/catalog.csv"));
			seedClients();
			seeded = true;
			log.info(
					"Demo data loaded: {} distributors, the sample catalog and clients, accounts admin, analyst, <code>.admin, <code>.manager, <code>.1c (password '{}')",
					DISTRIBUTORS.size(), PASSWORD);
		});
	}

	/**
	 * The sample clients, ACTIVE, each assigned to the distributors of its last column.
	 */
	private void seedClients() {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(resource("demo/clients.csv"), rows::add);
		for (RawRow row : rows.subList(1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			ClientForm form = new ClientForm(row.cell(0), row.cell(1), null, row.cell(2), row.cell(3), row.cell(4),
					row.cell(6), row.cell(7), null, null, null, null);
			List<Long> assigned = Arrays.stream(row.cell(8).split(","))
				.map(String::strip)
				.filter(code -> !code.isEmpty())
				.map(code -> distributors.findByCodeOrInn(code)
					.orElseThrow(
							() -> new IllegalStateException("Demo client " + row.cell(0) + ": no distributor " + code))
					.id())
				.toList();
			clientSeeding.seed(form, ClientStatus.ACTIVE, assigned);
		}
	}

	/** Whether this start loaded the demo into an empty database. */
	boolean seededNow() {
		return seeded;
	}

	/** A file shipped with the demo data (copies of the samples). */
	static byte[] resource(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** On by default for the embedded database, off for an external one. */
	private boolean enabled() {
		Boolean configured = environment.getProperty("portal.demo.enabled", Boolean.class);
		if (configured != null) {
			return configured;
		}
		return environment.getProperty("spring.datasource.url", "").isEmpty();
	}

	record DemoDistributor(String code, String name, String inn, String regions, String email) {

		DistributorForm form() {
			// the contract starts with the demo's first month of sell-out: no month owed
			// before it
			return new DistributorForm(code, name, inn, null, regions,
					YearMonth.now().minusMonths(DemoSales.MONTHS).atDay(1), LocalDate.of(2027, 12, 31),
					ReportingFrequency.MONTHLY, email, null);
		}

	}

}
