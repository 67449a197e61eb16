package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client with a valid ИНН found in sell-out is created NEW for its distributor, who
 * registers it in one click.
 */
class FoundClientsTest extends PortalTest {

	@Test
	void aClientFoundInSellOutIsRegisteredInOneClickAndReviewedByTheManufacturer() {
		String inn = TestInns.organisation(7_300_411);
		byte[] file = SalesFile.create()
			.sale("14.03.2021", "ООО \"Новый Монтаж\"", inn, "Татарстан", "EL-20050", 2, "3000")
			.bytes();
		assertThat(new SellOutApi(browser()).upload("gamma.manager", "found.csv", file, "2021-03").statusCode())
			.isEqualTo(201);
		long id = asSystem(
				() -> jdbc.sql("select id from clients where inn = ?").param(inn).query(Long.class).single());
		assertThat(
				asSystem(() -> jdbc.sql("select status || ' ' || region_code || ' ' || name from clients where id = ?")
					.param(id)
					.query(String.class)
					.single()))
			.isEqualTo("NEW 16 ООО \"Новый Монтаж\"");

		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");
		assertThat(beta.get("/clients/" + id).statusCode()).isEqualTo(404);
		assertThat(beta.submit("/clients", "/clients/" + id + "/register-found", Map.of()).statusCode()).isEqualTo(404);

		PortalHttp gamma = browser().loggedInAs("gamma.manager", "demo");
		assertThat(gamma.get("/clients?status=NEW").body()).contains("Новый Монтаж");
		HttpResponse<String> registered = gamma.submit("/clients/" + id, "/clients/" + id + "/register-found",
				Map.of());
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(asSystem(
				() -> jdbc.sql("select status from clients where id = ?").param(id).query(String.class).single()))
			.isEqualTo("ON_REVIEW");
		assertThat(browser().loggedInAs("admin", "demo").get("/clients/requests?state=PENDING").body()).contains(inn);
	}

}
