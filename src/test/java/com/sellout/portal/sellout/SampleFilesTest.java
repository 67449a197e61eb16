package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every distributor file of the samples through the API, each by a distributor of its own
 * (so that its report is the only one of its period and nothing another test sends can
 * supersede it), as that distributor's administrator with the file's period (BETA's
 * cross-reference loaded first), with no person confirming anything: the accepted lines,
 * quantity and net amount, the deviations and the exceptions are those of
 * {@code expected.json}.
 */
class SampleFilesTest extends PortalTest {

	/** The organisation the EnterpriseData sample names as the seller: GAMMA's ИНН. */
	private static final String GAMMA_INN = "6655323405";

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@ParameterizedTest
	@CsvSource({ "alfa_2026-09.xlsx, 2034001", "beta_sep.csv, 2034002", "gamma_enterprisedata.xml, 2034003",
			"gamma_api.json, 2034004" })
	void everySampleGivesTheExpectedTotals(String file, int seed) {
		String code = "SAMPLE-" + seed;
		String inn = TestInns.organisation(seed);
		String login = "sample" + seed + ".admin";
		Distributor distributor = asUser("admin", () -> distributors.create(form(code, inn)));
		asUser("admin", () -> users.register(login, "demo", "Администратор " + code, null, Role.DISTRIBUTOR_ADMIN,
				distributor.id()));
		SellOutApi api = new SellOutApi(browser());
		JsonNode expected = ExpectedTotals.of(file);
		if (file.startsWith("beta")) {
			HttpResponse<String> xref = api.mappings(login, "SKU", "text/csv", SellOutApi.sample("beta_xref.csv"));
			assertThat(xref.statusCode()).as(xref.body()).isEqualTo(200);
		}
		byte[] content = SellOutApi.sample(file);
		if (file.endsWith(".xml")) {
			// the message names its seller, which must be the distributor sending it
			content = new String(content, StandardCharsets.UTF_8)
				.replace("<ИНН>" + GAMMA_INN + "</ИНН>", "<ИНН>" + inn + "</ИНН>")
				.getBytes(StandardCharsets.UTF_8);
		}

		HttpResponse<String> response = api.upload(login, file, content, expected.path("period").asString());

		assertThat(response.statusCode()).as("a new report, processed: %s", response.body()).isEqualTo(201);
		JsonNode report = SellOutApi.json(response);
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(report.path("distributor").asString()).isEqualTo(code);
		ExpectedTotals.assertMatch(report, expected);

		HttpResponse<String> exceptions = api.get(login,
				"/api/v1/sellout/reports/" + report.path("id").asLong() + "/exceptions");
		JsonNode items = SellOutApi.json(exceptions).path("items");
		assertThat(items).hasSize(expected.path("invalid_inn").asInt());
		items.forEach(line -> assertThat(line.path("problems").get(0).path("code").asString()).isEqualTo("invalidInn"));
	}

	private static DistributorForm form(String code, String inn) {
		DistributorForm form = new DistributorForm(code, "ООО \"" + code + "\"", inn, null, null,
				LocalDate.of(2026, 1, 1), null, ReportingFrequency.MONTHLY, null, null);
		return form;
	}

}
