package com.sellout.portal.analytics;

import java.net.http.HttpResponse;

import com.sellout.portal.analytics.SalesFigureChecks.Caller;
import com.sellout.portal.analytics.SalesFixture.Report;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.sellout.ExceptionFixes;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.analytics.SalesFiguresApiTest.ANALYST;
import static com.sellout.portal.analytics.SalesFiguresApiTest.CLIENT;
import static com.sellout.portal.analytics.SalesFiguresApiTest.DISTRIBUTOR;
import static com.sellout.portal.analytics.SalesFiguresApiTest.SKU;
import static com.sellout.portal.analytics.SalesFixture.A_ONLY;
import static com.sellout.portal.analytics.SalesFixture.PASSWORD;
import static com.sellout.portal.analytics.SalesFixture.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures follow the report's versions: after a newer version supersedes a report,
 * the old one is restored, its exception is fixed and it is withdrawn, the API's figures
 * still equal the aggregate of the accepted lines of the active reports — for the
 * manufacturer and for the other distributor, who shares the client. May 2054.
 */
class SalesFiguresVersionsTest extends PortalTest {

	private static final String MAY = "from=2054-05&to=2054-05&by=";

	@Autowired
	private UserAccounts users;

	@Autowired
	private ExceptionFixes fixes;

	@Test
	void theFiguresAreThoseOfTheActiveReportsAfterEachChangeOfAVersion() {
		SalesFixture.ensure(jdbc, users, this::asSystem);
		PortalHttp http = browser();
		SalesFigureChecks checks = new SalesFigureChecks(http, jdbc, this::asSystem);
		long a = distributorId(SalesFixture.A);
		JsonNode first = new Report("2054-05")
			.sale("2054-05-03", SHARED, "ООО \"Общий клиент\"", "Свердловская обл.", "RETAIL", "A53-1", "2", "шт",
					"2000.00", null)
			.sale("2054-05-04", A_ONLY, "ООО \"Только А\"", null, null, "A53-NOSUCH", "1", "шт", "500.00", null)
			.send(http, "an53a.admin");
		assertThat(first.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		long v1 = first.path("id").asLong();
		new Report("2054-05")
			.sale("2054-05-05", SHARED, "ООО \"Общий клиент\"", "Свердловская обл.", "RETAIL", "A53-2", "1", "шт",
					"1500.00", null)
			.send(http, "an53b.admin");
		assertActive(checks, a, "A53-1");

		JsonNode second = new Report("2054-05")
			.sale("2054-05-06", SHARED, "ООО \"Общий клиент\"", "Свердловская обл.", "RETAIL", "A53-1", "5", "шт",
					"5000.00", null)
			.sale("2054-05-07", A_ONLY, "ООО \"Только А\"", null, null, "A53-3", "2", "м", "300.00", null)
			.send(http, "an53a.admin");
		assertThat(second.path("status").asString()).isEqualTo("ACCEPTED");
		assertActive(checks, a, "A53-1", "A53-3");

		HttpResponse<String> restored = http.apiPost("/api/v1/sellout/reports/" + v1 + "/restore", "application/json",
				new byte[0], "an53a.admin", PASSWORD);
		assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
		assertActive(checks, a, "A53-1");

		int line = asSystem(() -> jdbc.sql("select line_no from sellout_lines where report_id = ? and not accepted")
			.param(v1)
			.query(Integer.class)
			.single());
		assertThat(asUser("admin", () -> fixes.correct(v1, line, CanonicalField.SKU, "A53-2"))).isEqualTo(1);
		assertActive(checks, a, "A53-1", "A53-2");

		HttpResponse<String> withdrawn = http.apiPost("/api/v1/sellout/reports/" + v1 + "/withdraw", "application/json",
				new byte[0], "an53a.admin", PASSWORD);
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		JsonNode distributors = assertActive(checks, a);
		assertThat(SalesFixture.keys(distributors)).containsExactly(SalesFixture.B);
	}

	/**
	 * The figures of May equal the lines' aggregate for the manufacturer and for AN53B;
	 * AN53A's active report sells these SKUs. The manufacturer's breakdown by
	 * distributor.
	 */
	private JsonNode assertActive(SalesFigureChecks checks, long a, String... skusOfA) {
		SalesFixture.fillRollups(jdbc, this::asSystem);
		JsonNode ofA = checks.assertEqual(ANALYST, MAY + "sku&distributor=" + SalesFixture.A, "2054-05", "2054-05",
				"s.distributor_id = " + a, SKU, null);
		assertThat(SalesFixture.keys(ofA)).containsExactlyInAnyOrder(skusOfA);
		checks.assertEqual(ANALYST, MAY + "client,sku", "2054-05", "2054-05", null, CLIENT, SKU);
		checks.assertEqual(ANALYST, MAY + "region", "2054-05", "2054-05", null, SalesFiguresApiTest.REGION, null);
		checks.assertEqual(Caller.basic("an53b.admin", PASSWORD), MAY + "client", "2054-05", "2054-05",
				"s.distributor_id = " + distributorId(SalesFixture.B), CLIENT, null);
		return checks.assertEqual(ANALYST, MAY + "distributor", "2054-05", "2054-05", null, DISTRIBUTOR, null);
	}

}
