package com.sellout.portal.sellout;

import java.net.http.HttpResponse;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sell-out API answers a sender whose request it refuses: 400, problem JSON, and
 * the reason in the caller's language (English unless it asks otherwise) — sent as a real
 * client sends it.
 */
class SellOutApiRefusalTest extends PortalTest {

	@Test
	void anEmptyRawBodyIsRefusedWithTheReason() {
		HttpResponse<String> empty = api().post("alfa.manager", "text/csv", new byte[0], "?period=2033-01");

		assertRefused(empty, "The file is empty.");
	}

	@Test
	void anEmptyFileInAFormIsRefusedWithTheReason() {
		HttpResponse<String> empty = api().upload("alfa.manager", "sales-2033.csv", new byte[0], "2033-02");

		assertRefused(empty, "The file is empty.");
	}

	@Test
	void aPeriodThatIsNotAMonthIsRefusedInTheCallersLanguage() {
		byte[] file = SalesFile.create().sale("08.03.2033", "EL-10008", 1, "1500").bytes();

		HttpResponse<String> english = api().post("alfa.manager", "text/csv", file, "?period=2033-13");
		HttpResponse<String> russian = api().post("alfa.manager", "text/csv", file, "?period=2033-13",
				"Accept-Language", "ru");

		assertRefused(english, "The period \"2033-13\" is not valid: use YYYY-MM.");
		assertRefused(russian, "Период «2033-13» указан неверно: нужен формат ГГГГ-ММ.");
	}

	@Test
	void theAdministratorMustNameTheDistributor() {
		byte[] file = SalesFile.create().sale("08.04.2033", "EL-10008", 1, "1500").bytes();

		HttpResponse<String> unnamed = api().post("admin", "text/csv", file, "?period=2033-04");

		assertRefused(unnamed, "Name the distributor: distributor=CODE (code or INN).");
	}

	private SellOutApi api() {
		return new SellOutApi(browser());
	}

	private static void assertRefused(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		assertThat(SellOutApi.json(response).path("detail").asString()).isEqualTo(reason);
	}

}
