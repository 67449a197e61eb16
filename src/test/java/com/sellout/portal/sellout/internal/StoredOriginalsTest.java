package com.sellout.portal.sellout.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.EmptyResultDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Originals are large objects, which have no row-level security: they are reached only by
 * the oid in their {@code sellout_files} row, which has it. So another distributor's
 * scope finds no original; the runtime role reads no large object it was not given
 * ({@code lo_compat_privileges} off); and the migration moves a bytea original into a
 * large object the runtime role may read. Sell-out of 2014.
 */
class StoredOriginalsTest extends PortalTest {

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private ReportOriginals store;

	@Autowired
	private EmbeddedDatabaseServer database;

	@Test
	void anOriginalIsReadOnlyThroughItsRowSoAnotherDistributorsScopeFindsNone() {
		byte[] file = ("Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n"
				+ "03.09.2014;\"ООО \"\"Щитстрой\"\"\";6645390113;EL-10001;1;1000,00\n")
			.getBytes(StandardCharsets.UTF_8);
		long alfa = distributorId("ALFA");
		long beta = distributorId("BETA");
		long id = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, alfa, Channel.API, "own.csv", "text/csv", file, YearMonth.of(2014, 9), null,
							Duration.ofSeconds(30))
					.report()
					.id());

		ByteArrayOutputStream own = new ByteArrayOutputStream();
		transactions.runAs(DataScope.distributor(alfa), () -> store.copyFile(id, own));
		assertThat(own.toByteArray()).isEqualTo(file);
		assertThatThrownBy(() -> transactions.runAs(DataScope.distributor(beta),
				() -> store.copyFile(id, new ByteArrayOutputStream())))
			.isInstanceOf(EmptyResultDataAccessException.class);
		assertThat(asSystem(() -> jdbc.sql("show lo_compat_privileges").query(String.class).single())).isEqualTo("off");
	}

	@Test
	void theRuntimeRoleReadsNoLargeObjectItWasNotGiven() throws Exception {
		long foreign;
		try (Connection owner = database.ownerDataSource().getConnection();
				Statement statement = owner.createStatement();
				ResultSet created = statement.executeQuery("select lo_from_bytea(0, 'not yours'::bytea)")) {
			created.next();
			foreign = created.getLong(1);
		}
		try {
			assertThatThrownBy(
					() -> asSystem(() -> jdbc.sql("select lo_get(?)").param(foreign).query(byte[].class).single()))
				.rootCause()
				.hasMessageContaining("permission denied for large object");
		}
		finally {
			try (Connection owner = database.ownerDataSource().getConnection();
					Statement statement = owner.createStatement()) {
				statement.execute("select lo_unlink(" + foreign + ")");
			}
		}
	}

	@Test
	void theMigrationMovesABytesOriginalIntoALargeObjectTheRuntimeRoleMayRead() throws Exception {
		String migration = Files
			.readString(Path.of("src/main/resources/db/migration/sellout/V8_3__sellout_files_large_objects.sql"));
		String move = migration.substring(migration.indexOf("do $$"), migration.indexOf("end $$;") + "end $$;".length())
			.replace("${app_role}", appRole());
		long alfa = distributorId("ALFA");
		try (Connection owner = database.ownerDataSource().getConnection();
				Statement statement = owner.createStatement()) {
			owner.setAutoCommit(false);
			try {
				// sellout_files as the migration found it: a bytea original
				statement.execute("select set_config('portal.all_distributors', 'on', true)");
				statement.execute("alter table sellout_files add column content bytea");
				statement.execute("alter table sellout_files alter column content_oid drop not null");
				ResultSet inserted = statement.executeQuery("""
						insert into sellout_reports (distributor_id, source, content_sha256, size_bytes, status)
						values (%d, 'API', repeat('0', 64), 9, 'ACCEPTED') returning id""".formatted(alfa));
				inserted.next();
				long report = inserted.getLong(1);
				statement.execute(
						"insert into sellout_files (report_id, distributor_id, content) values (%d, %d, 'old bytes'::bytea)"
							.formatted(report, alfa));
				statement.execute(move);
				ResultSet moved = statement.executeQuery("""
						select convert_from(lo_get(f.content_oid), 'UTF8'), m.lomacl::text
						  from sellout_files f join pg_largeobject_metadata m on m.oid = f.content_oid
						 where f.report_id = %d""".formatted(report));
				assertThat(moved.next()).isTrue();
				assertThat(moved.getString(1)).isEqualTo("old bytes");
				assertThat(moved.getString(2)).contains(appRole() + "=rw");
			}
			finally {
				owner.rollback();
			}
		}
	}

	private String appRole() {
		return asSystem(() -> jdbc.sql("select current_user").query(String.class).single());
	}

}
