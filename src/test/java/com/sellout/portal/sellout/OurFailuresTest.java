package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.sellout.internal.ReportQueue;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report rejected for a failure of ours — here the database refusing to settle it — is
 * processed again when the same bytes come again, at most three attempts in all; a
 * verdict on the file itself is final. The failure is a trigger the schema owner puts on
 * reports of files named «unlucky-…».
 */
class OurFailuresTest extends PortalTest {

	@Autowired
	private EmbeddedDatabaseServer database;

	@Autowired
	private ReportQueue queue;

	@AfterEach
	void databaseWorksAgain() throws SQLException {
		owner("drop trigger if exists sellout_unlucky on sellout_reports; drop function if exists sellout_unlucky()");
	}

	@Test
	void theSameBytesAreProcessedAgainAfterOurFailureAndAcceptedOnceItIsGone() {
		failSettlingUnluckyReports();
		SellOutApi api = new SellOutApi(browser());
		byte[] file = SalesFile.create().sale("03.08.2016", "EL-10011", 2, "2000").bytes();
		HttpResponse<String> first = api.upload("gamma.manager", "unlucky-1.csv", file, "2016-08");
		assertThat(first.statusCode()).isEqualTo(201);
		JsonNode rejected = SellOutApi.json(first);
		long id = rejected.path("id").asLong();
		assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.path("rejectionReason").asString()).contains("internal error");
		assertThat(attempts(id)).isEqualTo("1 true");

		// sent again from the upload page: processed again, and rejected again while the
		// fault lasts
		PortalHttp page = browser().loggedInAs("gamma.manager", "demo");
		HttpResponse<String> row = page.upload("/sellout/upload", "/sellout/upload", Map.of("period", "2016-08"),
				"unlucky-1.csv", file);
		assertThat(row.body()).contains("Обработан заново").contains("Отклонён");
		assertThat(attempts(id)).isEqualTo("2 true");

		databaseWorksAgainNow();
		HttpResponse<String> third = api.upload("gamma.manager", "unlucky-1.csv", file, "2016-08");
		assertThat(third.statusCode()).isEqualTo(200);
		JsonNode accepted = SellOutApi.json(third);
		assertThat(accepted.path("id").asLong()).isEqualTo(id);
		assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("2000");
		assertThat(attempts(id)).isEqualTo("3 false");
		assertThat(asSystem(() -> jdbc
			.sql("select count(*) from audit_events where action = 'SELLOUT_REPORT_RETRIED'" + " and target_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single())).isEqualTo(2);

		// an accepted report sent again is the existing report, not processed again
		HttpResponse<String> fourth = api.upload("gamma.manager", "unlucky-1.csv", file, "2016-08");
		assertThat(fourth.statusCode()).isEqualTo(200);
		assertThat(attempts(id)).isEqualTo("3 false");
	}

	@Test
	void aReportHasThreeAttemptsInAll() {
		failSettlingUnluckyReports();
		SellOutApi api = new SellOutApi(browser());
		byte[] file = SalesFile.create().sale("04.09.2016", "EL-10012", 1, "1000").bytes();
		long id = SellOutApi.json(api.upload("gamma.manager", "unlucky-2.csv", file, "2016-09")).path("id").asLong();
		api.upload("gamma.manager", "unlucky-2.csv", file, "2016-09");
		api.upload("gamma.manager", "unlucky-2.csv", file, "2016-09");
		assertThat(attempts(id)).isEqualTo("3 true");

		databaseWorksAgainNow();
		JsonNode after = SellOutApi.json(api.upload("gamma.manager", "unlucky-2.csv", file, "2016-09"));
		assertThat(after.path("status").asString()).as("no fourth attempt").isEqualTo("REJECTED");
		assertThat(attempts(id)).isEqualTo("3 true");
	}

	@Test
	void aVerdictOnTheFileIsFinalAndAReportLeftUnfinishedAfterItsAttemptsIsGivenUp() throws Exception {
		SellOutApi api = new SellOutApi(browser());
		byte[] pdf = "%PDF-1.7 a scan, not a report of 2019".getBytes();
		JsonNode refused = SellOutApi.json(api.upload("gamma.manager", "scan.pdf", pdf, "2016-10"));
		long id = refused.path("id").asLong();
		assertThat(refused.path("status").asString()).isEqualTo("REJECTED");
		assertThat(attempts(id)).isEqualTo("1 false");
		HttpResponse<String> again = api.upload("gamma.manager", "scan.pdf", pdf, "2016-10");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(SellOutApi.json(again).path("status").asString()).isEqualTo("REJECTED");
		assertThat(attempts(id)).as("not processed again").isEqualTo("1 false");

		// a report whose every attempt ended in a crash is not tried a fourth time when
		// it is picked up
		long crashed = SellOutApi
			.json(api.upload("gamma.manager", "crashing.csv",
					SalesFile.create().sale("05.11.2016", "EL-10013", 1, "1000").bytes(), "2016-11"))
			.path("id")
			.asLong();
		asSystem(() -> jdbc.sql("update sellout_reports set status = 'PROCESSING', attempts = 3 where id = ?")
			.param(crashed)
			.update());
		queue.submit(crashed).get();
		assertThat(asSystem(() -> jdbc.sql("select status || ' ' || rejection_key from sellout_reports where id = ?")
			.param(crashed)
			.query(String.class)
			.single())).isEqualTo("REJECTED sellout.rejected.internal");
		assertThat(attempts(crashed)).isEqualTo("3 true");
	}

	private String attempts(long id) {
		return asSystem(() -> jdbc.sql("select attempts || ' ' || rejection_ours from sellout_reports where id = ?")
			.param(id)
			.query(String.class)
			.single());
	}

	private void failSettlingUnluckyReports() {
		try {
			owner("""
					create function sellout_unlucky() returns trigger language plpgsql as $$
					begin
					    raise exception 'simulated database failure';
					end $$;
					create trigger sellout_unlucky before update on sellout_reports for each row
					    when (new.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and new.file_name like 'unlucky-%')
					    execute function sellout_unlucky()""");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void databaseWorksAgainNow() {
		try {
			databaseWorksAgain();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void owner(String sql) throws SQLException {
		try (Connection connection = database.ownerDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
