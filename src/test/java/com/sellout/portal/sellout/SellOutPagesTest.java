package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sell-out pages and downloads: each distributor sees its own reports only (the
 * templates' pages: mapping's TemplatePagesTest).
 */
class SellOutPagesTest extends PortalTest {

	@Test
	void anotherDistributorsReportIsNotFoundOnAnyPageOrDownload() {
		byte[] file = SalesFile.create()
			.sale("07.04.2022", "EL-10020", 1, "500")
			.sale("07.04.2022", "ООО Ошибка", "1234567890", "МО", "EL-10021", 1, "700")
			.bytes();
		JsonNode report = SellOutApi
			.json(new SellOutApi(browser()).upload("alfa.manager", "april-secret.csv", file, "2022-04"));
		long id = report.path("id").asLong();

		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		assertThat(alfa.get("/sellout/reports/" + id).body()).contains("april-secret.csv");
		assertThat(alfa.download("/sellout/reports/" + id + "/original").body()).isEqualTo(file);
		HttpResponse<byte[]> exceptions = alfa.download("/sellout/reports/" + id + "/lines.csv?lines=EXCEPTIONS");
		String csv = new String(exceptions.body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("1234567890").contains("ИНН 1234567890 неверен").doesNotContain("EL-10020");

		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");
		for (String path : new String[] { "", "/original", "/lines.xlsx", "/lines.csv?lines=EXCEPTIONS", "/mapping" }) {
			HttpResponse<byte[]> answer = beta.download("/sellout/reports/" + id + path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("april-secret");
		}
		assertThat(beta.get("/sellout/reports?size=200").body()).doesNotContain("april-secret.csv");
		assertThat(browser().loggedInAs("admin", "demo").get("/sellout/reports?period=2022-04").body())
			.contains("april-secret.csv");
	}

	@Test
	void theAnalystReadsButDoesNotUploadAndTheCanonicalTemplateReadsBack() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		assertThat(analyst.get("/sellout/reports").statusCode()).isEqualTo(200);
		assertThat(analyst.get("/sellout/upload").statusCode()).isEqualTo(403);

		PortalHttp gamma = browser().loggedInAs("gamma.manager", "demo");
		byte[] template = gamma.download("/sellout/template.csv").body();
		HttpResponse<String> uploaded = gamma.upload("/sellout/upload", "/sellout/upload", Map.of("period", "2021-09"),
				"template.csv", template);
		assertThat(uploaded.statusCode()).isEqualTo(200);
		assertThat(uploaded.body()).contains("Принят").contains("1 / 1");
		byte[] xlsx = gamma.download("/sellout/template.xlsx").body();
		HttpResponse<String> fromXlsx = gamma.upload("/sellout/upload", "/sellout/upload", Map.of("period", "2021-10"),
				"template.xlsx", xlsx);
		assertThat(fromXlsx.body()).contains("1 / 1");
		byte[] json = gamma.download("/sellout/template.json").body();
		HttpResponse<String> fromJson = gamma.upload("/sellout/upload", "/sellout/upload", Map.of("period", "2021-11"),
				"template.json", json);
		assertThat(fromJson.body()).contains("1 / 1");
	}

	@Test
	void theSellOutDataOfADistributorIsItsOwnOnTheViewAndInTheExport() {
		byte[] alfa = SalesFile.create().sale("09.01.2021", "EL-10030", 7, "7777,77").bytes();
		byte[] beta = SalesFile.create().sale("10.01.2021", "EL-10031", 3, "3333,33").bytes();
		new SellOutApi(browser()).upload("alfa.manager", "jan.csv", alfa, "2021-01");
		new SellOutApi(browser()).upload("beta.manager", "jan.csv", beta, "2021-01");
		long alfaId = distributorId("ALFA");

		PortalHttp betaPages = browser().loggedInAs("beta.manager", "demo");
		String view = betaPages.get("/sellout/data?from=2021-01&to=2021-01&distributor=" + alfaId).body();
		assertThat(view).contains("EL-10031").doesNotContain("EL-10030").doesNotContain("7 777,77");
		String export = new String(
				betaPages.download("/sellout/data/export.csv?from=2021-01&to=2021-01&distributor=" + alfaId).body(),
				StandardCharsets.UTF_8);
		assertThat(export).contains("EL-10031").doesNotContain("EL-10030");

		String all = browser().loggedInAs("analyst", "demo").get("/sellout/data?from=2021-01&to=2021-01").body();
		assertThat(all).contains("EL-10030").contains("EL-10031");
	}

	@Test
	void aCorrectedValueResolvesTheExceptionAndOnlyTheReportsDistributorMayFixIt() {
		byte[] file = SalesFile.create()
			.sale("11.02.2021", "EL-10040", 1, "900")
			.sale("12.02.2021", "ООО Опечатка", "6645390114", "МО", "EL-10040", 2, "1800")
			.bytes();
		JsonNode report = SellOutApi
			.json(new SellOutApi(browser()).upload("alfa.manager", "feb-typo.csv", file, "2021-02"));
		long id = report.path("id").asLong();
		assertThat(report.path("exceptions").asInt()).isEqualTo(1);

		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		assertThat(alfa.get("/sellout/reports/" + id + "/lines/3").body()).contains("6645390114");
		PageForm correction = PageForm.on(alfa, "/sellout/reports/" + id + "/lines/3",
				"[data-testid=correct-value] form");
		assertThat(correction.value("field")).as("the field of the problem is preselected").isEqualTo("client_inn");
		correction.choose("field", "ИНН покупателя").fill("value", "6645390113");

		PortalHttp beta = browser().loggedInAs("beta.admin", "demo");
		assertThat(beta.get("/sellout/reports/" + id + "/lines/3").statusCode()).isEqualTo(404);
		assertThat(correction.submitFrom(beta, "/sellout/upload").statusCode()).isEqualTo(404);
		assertThat(SellOutApi.json(new SellOutApi(browser()).get("alfa.manager", "/api/v1/sellout/reports/" + id))
			.path("exceptions")
			.asInt()).isEqualTo(1);

		HttpResponse<String> fixed = correction.submit();
		assertThat(fixed.statusCode()).isEqualTo(302);
		assertThat(fixed.headers().firstValue("Location").orElseThrow())
			.endsWith("/sellout/reports/" + id + "?lines=EXCEPTIONS");
		JsonNode after = SellOutApi
			.json(new SellOutApi(browser()).get("alfa.manager", "/api/v1/sellout/reports/" + id));
		assertThat(after.path("exceptions").asInt()).isZero();
		assertThat(after.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(after.path("acceptedQuantity").asInt()).isEqualTo(3);
		assertThat(after.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("2700");
	}

	@Test
	void anAliasTaughtOnAnExceptionsPageIsRememberedForTheDistributor() {
		byte[] file = SalesFile.create()
			.sale("15.11.2020", "EL-10039", 1, "900")
			.sale("16.11.2020", "ООО Ошибка", "6645390114", "Тмутаракань", "EL-10039", 1, "900")
			.bytes();
		long id = SellOutApi.json(new SellOutApi(browser()).upload("gamma.admin", "nov-alias.csv", file, "2020-11"))
			.path("id")
			.asLong();
		PortalHttp gamma = browser().loggedInAs("gamma.admin", "demo");
		PageForm alias = PageForm.on(gamma, "/sellout/reports/" + id + "/lines/3", "[data-testid=add-alias] form");
		assertThat(alias.value("type")).isEqualTo("REGION");
		assertThat(alias.value("from")).isEqualTo("Тмутаракань");
		HttpResponse<String> saved = alias.choose("to", "Краснодарский край").submit();
		assertThat(saved.statusCode()).isEqualTo(302);
		JsonNode mappings = SellOutApi
			.json(new SellOutApi(browser()).get("gamma.admin", "/api/v1/value-mappings?type=REGION"));
		assertThat(mappings.toString()).contains("Тмутаракань").contains("\"23\"");
		assertThat(alias.fill("from", "x")
			.choose("to", "Московская область")
			.submitFrom(browser().loggedInAs("beta.admin", "demo"), "/sellout/upload")
			.statusCode()).isEqualTo(404);
		assertThat(SellOutApi.json(new SellOutApi(browser()).get("gamma.admin", "/api/v1/value-mappings?type=REGION"))
			.findValuesAsString("from")).doesNotContain("x");
	}

	@Test
	void theManufacturerUploadsOnADistributorsBehalfAndADistributorOnlyForItself() {
		byte[] file = SalesFile.create().sale("20.10.2020", "EL-10038", 1, "1000").bytes();
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> onBehalf = admin.upload("/sellout/upload", "/sellout/upload",
				Map.of("distributor", String.valueOf(distributorId("BETA")), "period", "2020-10"), "behalf.csv", file);
		assertThat(onBehalf.body()).contains("1 / 1");
		assertThat(asSystem(() -> jdbc.sql("""
				select d.code from sellout_reports r join distributors d on d.id = r.distributor_id
				 where r.file_name = 'behalf.csv'""").query(String.class).single())).isEqualTo("BETA");

		PortalHttp gamma = browser().loggedInAs("gamma.manager", "demo");
		HttpResponse<String> forOther = gamma.upload("/sellout/upload", "/sellout/upload",
				Map.of("distributor", String.valueOf(distributorId("ALFA")), "period", "2020-10"), "other.csv",
				SalesFile.create().sale("21.10.2020", "EL-10038", 2, "2000").bytes());
		assertThat(forOther.statusCode()).isEqualTo(404);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = 'other.csv'")
			.query(Long.class)
			.single())).isZero();
	}

}
