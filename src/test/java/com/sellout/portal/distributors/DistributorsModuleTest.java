package com.sellout.portal.distributors;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditEvent;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.audit.AuditLog.AuditFilter;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.support.IntegrationTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The distributors module alone, with only the modules it uses (shared, database, audit)
 * and a database of its own — no identity, sell-out or channels: it keeps the register
 * within the caller's data scope, audits every change, and announces a deactivation as an
 * event, which the module that ends people's access (identity, not started here) listens
 * to.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = "portal.database.data-dir=target/module-test-database/distributors")
@IntegrationTest
class DistributorsModuleTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private ScopedTransactions transactions;

	@Autowired
	private ApplicationContext context;

	@Test
	void theModuleRunsWithoutTheRestOfThePortal() {
		assertThat(context.getBeanNamesForType(Distributors.class)).hasSize(1);
		assertThat(context.containsBean("userAccounts")).as("identity is not started").isFalse();
		assertThat(context.containsBean("sellOutReports")).as("sell-out is not started").isFalse();
	}

	@Test
	void theRegisterIsKeptWithinTheCallersScopeAndEveryEntryIsAudited() {
		Distributor north = asManufacturer(() -> distributors.create(form("NORTH-2034", 2_034_201)));
		Distributor south = asManufacturer(() -> distributors.create(form("SOUTH-2034", 2_034_202)));

		assertThat(asManufacturer(distributors::all)).extracting(Distributor::code)
			.contains("NORTH-2034", "SOUTH-2034");
		assertThat(transactions.callAs(DataScope.distributor(north.id()), distributors::all))
			.extracting(Distributor::code)
			.containsExactly("NORTH-2034");
		assertThat(transactions.callAs(DataScope.distributor(north.id()), () -> distributors.find(south.id())))
			.isEmpty();
		assertThat(transactions.callAs(DataScope.NONE, distributors::all)).as("no scope, no distributors").isEmpty();
		assertThatThrownBy(() -> transactions.callAs(DataScope.distributor(north.id()),
				() -> distributors.update(north.id(), form("NORTH-2034", 2_034_203))))
			.as("a distributor does not change its own entry")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(asManufacturer(() -> auditLog
			.find(new AuditFilter(AuditAction.DISTRIBUTOR_CREATED, null, null, null),
					new ListQuery(null, null, false, 0, 100))
			.items())).extracting(AuditEvent::targetId)
			.contains(String.valueOf(north.id()), String.valueOf(south.id()));
	}

	@Test
	void deactivatingADistributorAnnouncesItToTheModulesThatListen(AssertablePublishedEvents events) {
		Distributor west = asManufacturer(() -> distributors.create(form("WEST-2034", 2_034_204)));

		asManufacturer(() -> {
			distributors.setActive(west.id(), false);
			return null;
		});

		assertThat(events).contains(DistributorDeactivated.class)
			.matching(DistributorDeactivated::distributorId, west.id());
		assertThat(asManufacturer(() -> distributors.get(west.id())).active()).isFalse();
	}

	private <T> T asManufacturer(Supplier<T> work) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, work);
	}

	private static DistributorForm form(String code, int seed) {
		DistributorForm form = new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed), null,
				null, LocalDate.of(2034, 1, 1), null, ReportingFrequency.MONTHLY, null, null);
		return form;
	}

}
