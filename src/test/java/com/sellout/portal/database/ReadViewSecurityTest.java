package com.sellout.portal.database;

import java.util.List;
import java.util.UUID;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read views modules publish to each other (see {@link ReadViews}) keep the wall
 * between distributors: PostgreSQL applies the policies of the tables beneath to the
 * reader, and nobody writes through them.
 */
class ReadViewSecurityTest extends PortalTest {

	@Test
	void everyViewRunsWithTheReadersRightsAndIsReadOnly() {
		List<ViewFacts> views = jdbc.sql("""
				select c.relname as name,
				       coalesce('security_invoker=true' = any(c.reloptions), false) as invoker,
				       has_table_privilege(current_user, c.oid, 'insert')
				         or has_table_privilege(current_user, c.oid, 'update')
				         or has_table_privilege(current_user, c.oid, 'delete') as writable
				  from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'v'""")
			.query(ViewFacts.class)
			.list();
		assertThat(views).extracting(ViewFacts::name).contains("distributor_directory", "sellout_report_states");
		assertThat(views).allSatisfy(view -> {
			assertThat(view.invoker()).as("%s must be created with (security_invoker = true)", view.name()).isTrue();
			assertThat(view.writable()).as("%s must be read-only for the runtime role", view.name()).isFalse();
		});
	}

	@Test
	void aDistributorReadsOnlyItsOwnRowInTheDistributorDirectory() {
		long alfa = distributorId("ALFA");
		List<String> codes = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("select code from distributor_directory").query(String.class).list());
		List<String> all = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select code from distributor_directory").query(String.class).list());
		assertThat(codes).containsExactly("ALFA");
		assertThat(all).contains("ALFA", "BETA", "GAMMA");
		assertThatThrownBy(() -> transactions.runAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("update distributor_directory set name = 'hijacked'").update()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("permission denied");
	}

	@Test
	void aDistributorReadsOnlyItsOwnReportsInTheReportStates() {
		// own distributors and a year no other test uses, so that nothing else's reports
		// count
		long first = distributor("RV2032A");
		long second = distributor("RV2032B");
		long firstReport = rejectedReport(first);
		long secondReport = rejectedReport(second);

		List<Long> seenByFirst = transactions.callAs(DataScope.distributor(first), () -> jdbc.sql("""
				select id from sellout_report_states where period = date '2032-01-01'""").query(Long.class).list());
		long secondReportSeenByFirst = transactions.callAs(DataScope.distributor(first),
				() -> jdbc.sql("select count(*) from sellout_report_states where id = ?")
					.param(secondReport)
					.query(Long.class)
					.single());
		List<Long> seenByManufacturer = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select id from sellout_report_states where period = date '2032-01-01'""").query(Long.class).list());

		assertThat(seenByFirst).containsExactly(firstReport);
		assertThat(secondReportSeenByFirst).isZero();
		assertThat(seenByManufacturer).contains(firstReport, secondReport);
		assertThatThrownBy(() -> transactions.runAs(DataScope.distributor(second),
				() -> jdbc.sql("delete from sellout_report_states where id = ?").param(secondReport).update()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("permission denied");
	}

	private long distributor(String code) {
		return asSystem(() -> {
			jdbc.sql(
					"insert into distributors (code, name, inn) values (?, ?, '7707083893') on conflict (code) do nothing")
				.params(code, "ООО " + code)
				.update();
			return jdbc.sql("select id from distributors where code = ?").param(code).query(Long.class).single();
		});
	}

	/**
	 * A finished report (rejected: no pipeline takes it up, no active period is held).
	 */
	private long rejectedReport(long distributorId) {
		String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
		return asSystem(() -> jdbc
			.sql("""
					insert into sellout_reports (distributor_id, period, status, source, file_name, content_sha256, size_bytes)
					values (?, date '2032-01-01', 'REJECTED', 'API', 'view.csv', ?, 1) returning id""")
			.params(distributorId, sha)
			.query(Long.class)
			.single());
	}

	record ViewFacts(String name, boolean invoker, boolean writable) {
	}

}
