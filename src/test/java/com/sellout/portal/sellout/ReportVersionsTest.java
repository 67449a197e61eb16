package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.sellout.portal.shared.Sha256;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions and duplicates: an accepted report supersedes the active one of its
 * distributor and period, a rejected one never does; the same bytes give back the
 * existing report; two reports of one period sent at once end with one active report.
 */
class ReportVersionsTest extends PortalTest {

	@Test
	void aLaterAcceptedReportSupersedesAndARejectedOneDoesNot() {
		SellOutApi api = new SellOutApi(browser());
		byte[] first = SalesFile.create().sale("03.03.2025", "EL-10001", 2, "1480,88").bytes();
		JsonNode v1 = SellOutApi.json(api.upload("alfa.manager", "march.csv", first, "2025-03"));
		assertThat(v1.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(v1.path("version").asInt()).isEqualTo(1);

		byte[] second = SalesFile.create()
			.sale("03.03.2025", "EL-10001", 2, "1480,88")
			.sale("04.03.2025", "EL-10002", 1, "1496,43")
			.bytes();
		JsonNode v2 = SellOutApi.json(api.upload("alfa.manager", "march-fixed.csv", second, "2025-03"));
		assertThat(v2.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(v2.path("version").asInt()).isEqualTo(2);
		JsonNode old = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + v1.path("id").asLong()));
		assertThat(old.path("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(old.path("supersededBy").asLong()).isEqualTo(v2.path("id").asLong());

		byte[] broken = "%PDF-1.5 not a report".getBytes();
		JsonNode rejected = SellOutApi.json(api.upload("alfa.manager", "march.pdf", broken, "2025-03"));
		assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
		assertThat(activeReports("ALFA", "2025-03")).containsExactly(v2.path("id").asLong());
	}

	@Test
	void theSameBytesGiveBackTheExistingReportWhateverTheWayTheyCame() {
		SellOutApi api = new SellOutApi(browser());
		byte[] file = SalesFile.create().sale("10.05.2025", "EL-10003", 1, "1340,90").bytes();
		HttpResponse<String> created = api.upload("beta.admin", "may.csv", file, "2025-05");
		assertThat(created.statusCode()).isEqualTo(201);
		long id = SellOutApi.json(created).path("id").asLong();

		HttpResponse<String> again = api.upload("beta.manager", "may-again.csv", file, null);
		HttpResponse<String> raw = api.post("beta.admin", "text/csv", file, "?period=2025-05");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(SellOutApi.json(again).path("id").asLong()).isEqualTo(id);
		assertThat(SellOutApi.json(raw).path("id").asLong()).isEqualTo(id);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_lines where report_id = ?")
			.param(id)
			.query(Long.class)
			.single())).isEqualTo(1);

		// the same bytes from another distributor are that distributor's own report
		HttpResponse<String> other = api.upload("gamma.admin", "may.csv", file, "2025-05");
		assertThat(other.statusCode()).isEqualTo(201);
		assertThat(SellOutApi.json(other).path("id").asLong()).isNotEqualTo(id);
	}

	@Test
	void anIdempotencyKeyGivesBackTheReportItFirstMadeAndIsRefusedWithOtherBytes() {
		SellOutApi api = new SellOutApi(browser());
		byte[] one = SalesFile.create().sale("10.06.2025", "EL-10004", 1, "996,20").bytes();
		byte[] two = SalesFile.create().sale("11.06.2025", "EL-10004", 3, "2988,60").bytes();
		HttpResponse<String> first = api.post("gamma.admin", "text/csv", one, "?period=2025-06", "Idempotency-Key",
				"1c-42");
		HttpResponse<String> retry = api.post("gamma.admin", "text/csv", one, "?period=2025-06", "Idempotency-Key",
				"1c-42");
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(SellOutApi.json(retry).path("id").asLong()).isEqualTo(SellOutApi.json(first).path("id").asLong());
		assertThat(SellOutApi.json(retry).path("acceptedQuantity").asInt()).isEqualTo(1);

		HttpResponse<String> other = api.post("gamma.admin", "text/csv", two, "?period=2025-06", "Idempotency-Key",
				"1c-42");
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		JsonNode problem = SellOutApi.json(other);
		assertThat(problem.path("status").asInt()).isEqualTo(422);
		assertThat(problem.path("detail").asString()).contains("1c-42").contains("another file");
		HttpResponse<String> multipart = api.upload("gamma.admin", "other.csv", two, "2025-06", "Idempotency-Key",
				"1c-42");
		assertThat(multipart.statusCode()).isEqualTo(422);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where content_sha256 = ?")
			.param(Sha256.hex(two))
			.query(Long.class)
			.single())).as("nothing stored").isZero();
	}

	@Test
	void aReportShowsThePeriodAndWhatItReplacedAndVersionsAreListedInTheOrderAccepted() {
		SellOutApi api = new SellOutApi(browser());
		JsonNode v1 = SellOutApi.json(api.upload("beta.manager", "july.csv",
				SalesFile.create()
					.sale("03.07.2016", "EL-10014", 2, "2000")
					.sale("04.07.2016", "EL-10015", 1, "500,50")
					.bytes(),
				"2016-07"));
		assertThat(v1.path("period").asString()).isEqualTo("2016-07");
		assertThat(v1.has("replaced")).isTrue();
		assertThat(v1.path("replaced").isNull()).as("replaced nothing").isTrue();

		PortalHttp page = browser().loggedInAs("beta.manager", "demo");
		HttpResponse<String> row = page.upload("/sellout/upload", "/sellout/upload", Map.of("period", "2016-07"),
				"july-fixed.csv",
				SalesFile.create()
					.sale("03.07.2016", "EL-10014", 2, "2000")
					.sale("04.07.2016", "EL-10015", 1, "500,50")
					.sale("05.07.2016", "EL-10016", 3, "1500")
					.bytes());
		assertThat(row.body()).contains("Июль 2016")
			.contains("Заменил отчёт №" + v1.path("id").asLong()
					+ " (принято строк: 2, сумма без НДС: 2 500,50); разница: строк +1, сумма +1 500,00");
		long second = Long.parseLong(row.body().replaceAll("(?s).*/sellout/reports/(\\d+)\".*", "$1"));

		JsonNode v2 = SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports/" + second));
		assertThat(v2.path("version").asInt()).isEqualTo(2);
		assertThat(v2.path("replaced").path("id").asLong()).isEqualTo(v1.path("id").asLong());
		assertThat(v2.path("replaced").path("acceptedLines").asInt()).isEqualTo(2);
		assertThat(v2.path("replaced").path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("2500.50");
		assertThat(v2.path("replaced").size()).isEqualTo(3);

		String card = page.get("/sellout/reports/" + second).body();
		assertThat(card).contains("разница: строк +1, сумма +1 500,00")
			.contains("href=\"/sellout/reports/" + v1.path("id").asLong() + "\"");
		assertThat(card.indexOf(">v1<")).as("versions in the order accepted")
			.isPositive()
			.isLessThan(card.indexOf(">v2<"));
	}

	@Test
	void twoReportsOfOnePeriodSentAtOnceEndWithOneActiveReport() throws Exception {
		for (int round = 0; round < 3; round++) {
			String period = "2024-1" + round;
			String date = "15." + period.substring(5) + ".2024";
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<JsonNode>> uploads = List.of(1, 2)
				.stream()
				.map(n -> CompletableFuture.supplyAsync(() -> {
					byte[] file = SalesFile.create().sale(date, "EL-10001", n, n * 740 + ",44").bytes();
					try {
						start.await();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return SellOutApi
						.json(new SellOutApi(browser()).upload("beta.manager", "f" + n + ".csv", file, period));
				}))
				.toList();
			List<JsonNode> reports = uploads.stream().map(CompletableFuture::join).toList();
			List<Long> active = activeReports("BETA", period);
			assertThat(active).hasSize(1);
			long winner = active.get(0);
			assertThat(reports).extracting(r -> r.path("id").asLong()).contains(winner);
			List<String> statuses = asSystem(() -> jdbc.sql("""
					select status from sellout_reports r join distributors d on d.id = r.distributor_id
					 where d.code = 'BETA' and r.period = ?::date order by r.id""")
				.param(period + "-01")
				.query(String.class)
				.list());
			assertThat(statuses).containsExactly("SUPERSEDED", "ACCEPTED");
			// the active report's lines are whole and only its own
			assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_lines where report_id = ?")
				.param(winner)
				.query(Long.class)
				.single())).isEqualTo(1);
		}
	}

	private List<Long> activeReports(String distributor, String period) {
		return asSystem(() -> jdbc.sql("""
				select r.id from sellout_reports r join distributors d on d.id = r.distributor_id
				 where d.code = ? and r.period = ?::date and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')""")
			.params(distributor, period + "-01")
			.query(Long.class)
			.list());
	}

}
