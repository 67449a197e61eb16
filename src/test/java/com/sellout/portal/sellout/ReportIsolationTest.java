package com.sellout.portal.sellout;

import java.net.http.HttpResponse;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One distributor never sees another's reports, lines or files — through the API or the
 * database.
 */
class ReportIsolationTest extends PortalTest {

	@Test
	void anotherDistributorsReportIsNotFoundAnywhere() {
		SellOutApi api = new SellOutApi(browser());
		byte[] file = SalesFile.create()
			.sale("07.11.2025", "EL-10007", 1, "500")
			.sale("07.11.2025", "client", "1234567890", "МО", "EL-10007", 1, "500")
			.bytes();
		JsonNode report = SellOutApi.json(api.upload("alfa.manager", "nov.csv", file, "2025-11"));
		long id = report.path("id").asLong();
		assertThat(report.path("exceptions").asInt()).isEqualTo(1);

		for (String path : new String[] { "", "/lines", "/exceptions", "/mapping" }) {
			HttpResponse<String> response = api.get("beta.manager", "/api/v1/sellout/reports/" + id + path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).doesNotContain("EL-10007");
		}
		assertThat(api.upload("beta.admin", "x.csv", file, "2025-11").statusCode()).isEqualTo(201);
		JsonNode betaList = SellOutApi.json(api.get("beta.admin", "/api/v1/sellout/reports?size=200"));
		assertThat(betaList.path("items").findValuesAsString("distributor")).isNotEmpty().containsOnly("BETA");
		assertThat(api.get("beta.admin", "/api/v1/sellout/reports?distributor=ALFA").statusCode()).isEqualTo(404);
		assertThat(new SellOutApi(browser()).post("beta.admin", "text/csv", file, "?distributor=ALFA").statusCode())
			.isEqualTo(404);

		long alfa = distributorId("ALFA");
		long beta = distributorId("BETA");
		long seenByBeta = transactions.callAs(DataScope.distributor(beta),
				() -> jdbc.sql("""
						select (select count(*) from sellout_reports where distributor_id = ?)
						     + (select count(*) from sellout_lines where distributor_id = ?)
						     + (select count(*) from sellout_files where distributor_id = ?)""")
					.params(alfa, alfa, alfa)
					.query(Long.class)
					.single());
		assertThat(seenByBeta).isZero();
	}

	@Test
	void theLoaderRoleThatCopiesLinesCanReadNothing() {
		for (String table : new String[] { "sellout_lines", "sellout_reports", "clients", "users" }) {
			assertThatThrownBy(() -> asSystem(() -> {
				jdbc.sql("set local role sellout_app_loader").update();
				return jdbc.sql("select count(*) from " + table).query(Long.class).single();
			})).as(table).hasStackTraceContaining("permission denied");
		}
	}

	@Test
	void theManufacturerReadsEveryReportAndOnlyAnAdministratorSendsOnADistributorsBehalf() {
		SellOutApi api = new SellOutApi(browser());
		byte[] file = SalesFile.create().sale("08.12.2025", "EL-10008", 1, "1500").bytes();
		HttpResponse<String> byAdmin = api.post("admin", "text/csv", file, "?distributor=ALFA&period=2025-12");
		assertThat(byAdmin.statusCode()).isEqualTo(201);
		assertThat(SellOutApi.json(byAdmin).path("distributor").asString()).isEqualTo("ALFA");
		long id = SellOutApi.json(byAdmin).path("id").asLong();
		assertThat(api.get("analyst", "/api/v1/sellout/reports/" + id).statusCode()).isEqualTo(200);
		assertThat(api.get("alfa.manager", "/api/v1/sellout/reports/" + id).statusCode()).isEqualTo(200);
		assertThat(api.post("analyst", "text/csv", file, "?distributor=ALFA").statusCode()).isEqualTo(403);
		assertThat(api.post("admin", "text/csv", new byte[] { 'x' }, null).statusCode()).isEqualTo(400);
	}

}
