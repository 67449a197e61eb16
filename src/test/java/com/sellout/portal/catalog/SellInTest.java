package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;

import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.imports.RowOutcome.Outcome;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SellInTest extends PortalTest {

	@Autowired
	private CatalogImports imports;

	@Test
	void documentsAreStoredWholeAndReplacedWhenSentAgain() {
		String file = String.join("\n", "Дистрибьютор;Номер документа;Дата;Артикул;Количество;Сумма",
				"ALFA;SI-100;01.09.2026;EL-10001;10;7 404,40", "ALFA;SI-100;01.09.2026;EL-10002;2;2 992,86",
				"5478631679;SI-200;02.09.2026;EL-10003;5;8 415,40", "GAMMA;SI-300;03.09.2026;NO-SUCH;1;1",
				"GAMMA;SI-300;03.09.2026;EL-10004;1;996,20", "OMEGA-X;SI-400;03.09.2026;EL-10004;1;996,20");
		ImportSummary first = asSystem(
				() -> imports.importSellIn("sellin.csv", file.getBytes(Charset.forName("windows-1251"))));

		assertThat(first.outcomes()).extracting(RowOutcome::row, RowOutcome::outcome, RowOutcome::messageKey)
			.containsExactly(tuple(2, Outcome.ADDED, null), tuple(3, Outcome.ADDED, null),
					tuple(4, Outcome.ADDED, null), tuple(5, Outcome.SKIPPED, "sellin.unknownSku"),
					tuple(6, Outcome.SKIPPED, "sellin.documentRefused"),
					tuple(7, Outcome.SKIPPED, "sellin.unknownDistributor"));
		assertThat(linesOf("SI-100")).isEqualTo(2);
		assertThat(linesOf("SI-300")).isZero();

		String again = "distributor;document_no;date;sku;quantity;amount\nALFA;SI-100;2026-09-01;EL-10001;12;8885.28\n";
		asSystem(() -> imports.importSellIn("again.csv", again.getBytes()));

		assertThat(linesOf("SI-100")).isEqualTo(1);
		assertThat(asSystem(() -> jdbc.sql("select quantity from sell_in_lines where document_no = 'SI-100'")
			.query(BigDecimal.class)
			.single())).isEqualByComparingTo("12");
	}

	@Test
	void theApiTakesJsonLinesAndAnswersWhatWasRefused() {
		PortalHttp api = browser();
		String body = """
				{"lines": [
				  {"distributor": "BETA", "document_no": "API-1", "date": "2026-09-05", "sku": "EL-10005", "quantity": 3, "amount": 1500.5},
				  {"distributor": "BETA", "document_no": "API-2", "date": "05.09.2026", "sku": "EL-10005", "quantity": "x", "amount": 1}
				]}""";
		HttpResponse<String> partly = api.apiSend("POST", "/api/v1/sell-in", body, "admin", "demo");
		HttpResponse<String> nothing = api.apiSend("POST", "/api/v1/sell-in",
				"{\"lines\":[{\"distributor\":\"NOPE\",\"document_no\":\"X\",\"date\":\"2026-09-01\",\"sku\":\"EL-10001\",\"quantity\":1,\"amount\":1}]}",
				"admin", "demo");
		HttpResponse<String> byDistributor = api.apiSend("POST", "/api/v1/sell-in", body, "beta.admin", "demo");

		assertThat(partly.statusCode()).isEqualTo(200);
		assertThat(partly.body()).contains("\"documents\":1", "\"lines\":1", "\"field\":\"quantity\"", "\"line\":2");
		assertThat(nothing.statusCode()).isEqualTo(422);
		assertThat(byDistributor.statusCode()).isEqualTo(403);
	}

	@Test
	void distributorsSeeOnlyTheirOwnSellIn() {
		String file = String.join("\n", "distributor;document_no;date;sku;quantity;amount",
				"ALFA;ISO-A;2026-08-10;EL-10001;1;740.44", "BETA;ISO-B;2026-08-11;EL-10002;2;2992.86");
		asSystem(() -> imports.importSellIn("iso.csv", file.getBytes()));
		PortalHttp api = browser();

		String alfa = api.api("/api/v1/sell-in?period=2026-08", "alfa.manager", "demo").body();
		String asAnalyst = api.api("/api/v1/sell-in?period=2026-08", "analyst", "demo").body();
		HttpResponse<String> alfaAskingBeta = api.api("/api/v1/sell-in?distributor=BETA", "alfa.manager", "demo");
		String alfaPage = browser().loggedInAs("alfa.manager", "demo").get("/sell-in?period=2026-08").body();
		String betaPage = browser().loggedInAs("beta.manager", "demo").get("/sell-in?period=2026-08").body();

		assertThat(alfa).contains("ISO-A").doesNotContain("ISO-B");
		assertThat(asAnalyst).contains("ISO-A", "ISO-B");
		assertThat(alfaAskingBeta.statusCode()).isEqualTo(404);
		assertThat(alfaPage).contains("ISO-A").doesNotContain("ISO-B");
		assertThat(betaPage).contains("ISO-B").doesNotContain("ISO-A");
		assertThat(browser().loggedInAs("alfa.admin", "demo").get("/catalog/imports/new?kind=SELL_IN").statusCode())
			.isEqualTo(403);
	}

	@Test
	void theSellInPageFiltersByDistributorAndMonthWithTotals() {
		String file = String.join("\n", "distributor;document_no;date;sku;quantity;amount",
				"GAMMA;TOT-1;2026-07-01;EL-10001;3;100.10", "GAMMA;TOT-1;2026-07-01;EL-10002;4;200.20",
				"GAMMA;TOT-2;2026-06-30;EL-10002;5;999.99");
		asSystem(() -> imports.importSellIn("totals.csv", file.getBytes()));
		long gamma = distributorId("GAMMA");

		String page = browser().loggedInAs("analyst", "demo")
			.get("/sell-in?distributor=" + gamma + "&period=2026-07")
			.body();

		assertThat(page).contains("TOT-1").doesNotContain("TOT-2");
		assertThat(page).contains("data-testid=\"sellin-quantity\">7<", "data-testid=\"sellin-amount\">300,30<");
	}

	private long linesOf(String document) {
		return asSystem(() -> jdbc.sql("select count(*) from sell_in_lines where document_no = ?")
			.param(document)
			.query(Long.class)
			.single());
	}

}
