package com.sellout.portal.odata;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.odata.FeedFixture.A;
import static com.sellout.portal.odata.FeedFixture.A_ADMIN;
import static com.sellout.portal.odata.FeedFixture.A_MANAGED;
import static com.sellout.portal.odata.FeedFixture.A_MANAGER;
import static com.sellout.portal.odata.FeedFixture.A_ONLY;
import static com.sellout.portal.odata.FeedFixture.B_ADMIN;
import static com.sellout.portal.odata.FeedFixture.POWER_QUERY_ACCEPT;
import static com.sellout.portal.odata.FeedFixture.encode;
import static com.sellout.portal.odata.FeedFixture.get;
import static com.sellout.portal.odata.FeedFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every set keeps the portal's wall: OD61B's administrator reads none of OD61A's rows —
 * not by reading everything, not by filtering on OD61A, not in a {@code $count}, not
 * through a navigation — and OD61A's manager restricted to one client reads that client's
 * rows only, its monthly figures included.
 */
class OdataIsolationTest extends PortalTest {

	private static final List<String> SETS = List.of("SellOutLines", "SellOutMonthly", "Reports", "Distributors",
			"Clients", "Products", "ProductGroups", "Regions", "Segments", "Periods", "SellIn", "Deviations",
			"ChannelInventory", "Forecasts");

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void data() {
		FeedFixture.ensure(jdbc, users, this::asSystem, baseUrl());
		FeedFixture.awaitSettled(jdbc, this::asSystem);
	}

	private String feed() {
		return baseUrl() + "/odata/";
	}

	@Test
	void anotherDistributorReadsNoneOfTheRowsInAnySet() {
		long a = distributorId(A);
		for (String set : SETS) {
			String expand = set.equals("SellOutLines") ? "?$expand=Client,Distributor,Report" : "";
			for (JsonNode row : readAll(feed() + set + expand, B_ADMIN, POWER_QUERY_ACCEPT, null).rows()) {
				assertThat(row.path("DistributorCode").asString("")).as(set).isNotEqualTo(A);
				assertThat(row.path("Code").asString("")).as(set).isNotEqualTo(A);
				assertThat(row.path("DistributorId").asLong(-1)).as(set).isNotEqualTo(a);
				assertThat(row.path("Id").asLong(-1)).as(set + " " + row)
					.isNotEqualTo(set.equals("Distributors") ? a : -2);
				assertThat(row.toString()).as(set).doesNotContain(A_ONLY).doesNotContain(A_MANAGED);
			}
		}
		for (String set : List.of("SellOutLines", "SellOutMonthly", "Reports", "SellIn", "Deviations",
				"ChannelInventory", "Forecasts")) {
			String filter = "?$filter=" + encode("DistributorCode eq '" + A + "'");
			assertThat(readAll(feed() + set + filter, B_ADMIN, POWER_QUERY_ACCEPT, null).rows()).as(set).isEmpty();
			assertThat(get(feed() + set + "/$count" + filter, B_ADMIN, "text/plain").body()).as(set).isEqualTo("0");
			assertThat(get(feed() + set + filter + "&$count=true", B_ADMIN, POWER_QUERY_ACCEPT).body()).as(set)
				.contains("\"@odata.count\":0");
		}
		// OD61A's own administrator does see them: the filters above could have found
		// rows
		long own = asSystem(() -> jdbc.sql("""
				select count(*) from sellout_sales s join distributors d on d.id = s.distributor_id where d.code = ?""")
			.param(A)
			.query(Long.class)
			.single());
		assertThat(readAll(feed() + "SellOutLines?$filter=" + encode("DistributorCode eq '" + A + "'"), A_ADMIN,
				POWER_QUERY_ACCEPT, null)
			.rows()).hasSize((int) own).hasSizeGreaterThanOrEqualTo(14);
		assertThat(readAll(feed() + "SellOutLines", A_ADMIN, POWER_QUERY_ACCEPT, null).rows())
			.allSatisfy(row -> assertThat(row.path("DistributorCode").asString()).isEqualTo(A));
	}

	@Test
	void aRestrictedManagerReadsItsClientsRowsOnly() {
		List<JsonNode> lines = readAll(feed() + "SellOutLines?$expand=Client", A_MANAGER, POWER_QUERY_ACCEPT, null)
			.rows();
		long expected = asSystem(() -> jdbc.sql("""
				select count(*) from sellout_sales s join distributors d on d.id = s.distributor_id
				 where d.code = ? and s.client_inn = ?""").params(A, A_MANAGED).query(Long.class).single());
		assertThat(lines).hasSize((int) expected).isNotEmpty();
		assertThat(lines).allSatisfy(line -> {
			assertThat(line.path("ClientInn").asString()).isEqualTo(A_MANAGED);
			assertThat(line.path("Client").path("Inn").asString()).isEqualTo(A_MANAGED);
		});
		assertThat(get(feed() + "SellOutLines/$count", A_MANAGER, "text/plain").body())
			.isEqualTo(Long.toString(expected));
		assertThat(readAll(feed() + "SellOutLines?$filter=" + encode("ClientInn eq '" + A_ONLY + "'"), A_MANAGER,
				POWER_QUERY_ACCEPT, null)
			.rows()).isEmpty();
		assertThat(readAll(feed() + "Clients", A_MANAGER, POWER_QUERY_ACCEPT, null).rows())
			.extracting(row -> row.path("Inn").asString())
			.containsExactly(A_MANAGED);
		assertThat(readAll(feed() + "Deviations", A_MANAGER, POWER_QUERY_ACCEPT, null).rows())
			.allSatisfy(row -> assertThat(row.path("ClientInn").asString()).isEqualTo(A_MANAGED));
		BigDecimal linesAmount = lines.stream()
			.map(row -> row.path("AmountNet").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal monthlyAmount = readAll(feed() + "SellOutMonthly", A_MANAGER, POWER_QUERY_ACCEPT, null).rows()
			.stream()
			.map(row -> row.path("AmountNet").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(monthlyAmount).isEqualByComparingTo(linesAmount);
		for (String set : SETS) {
			assertThat(readAll(feed() + set, A_MANAGER, POWER_QUERY_ACCEPT, null).rows()).as(set)
				.allSatisfy(row -> assertThat(row.path("DistributorCode").asString(A)).isEqualTo(A));
		}
		// figures of no client (a report's totals, shipments, stock, forecasts) are no
		// restricted manager's; the dimensions are
		for (String set : List.of("Reports", "SellIn", "ChannelInventory", "Forecasts")) {
			assertThat(readAll(feed() + set, A_MANAGER, POWER_QUERY_ACCEPT, null).rows()).as(set).isEmpty();
		}
		assertThat(readAll(feed() + "Reports", A_ADMIN, POWER_QUERY_ACCEPT, null).rows()).isNotEmpty();
		// nor through a line's navigation: a report's totals count other clients' lines
		for (String set : List.of("SellOutLines", "Deviations")) {
			HttpResponse<String> expanded = get(feed() + set + "?$expand=Report", A_MANAGER, POWER_QUERY_ACCEPT);
			assertThat(expanded.statusCode()).as(set).isEqualTo(403);
			assertThat(expanded.body()).as(set).doesNotContain("AcceptedAmountNet");
		}
		assertThat(get(feed() + "SellOutLines?$expand=Report", A_ADMIN, POWER_QUERY_ACCEPT).body())
			.contains("AcceptedAmountNet");
		assertThat(readAll(feed() + "Products?$filter=" + encode("startswith(Sku, 'OD61')"), A_MANAGER,
				POWER_QUERY_ACCEPT, null)
			.rows()).hasSize(3);
	}

	@Test
	void aNextLinkServesOnlyTheReaderWhoseReadItIs() {
		String next = FeedFixture.JSON.readTree(get(feed() + "SellOutLines", A_ADMIN, POWER_QUERY_ACCEPT).body())
			.path("@odata.nextLink")
			.asString();
		assertThat(next).contains("$skiptoken=");
		assertThat(get(next, A_ADMIN, POWER_QUERY_ACCEPT).statusCode()).isEqualTo(200);
		for (String other : List.of(B_ADMIN, A_MANAGER)) {
			var response = get(next, other, POWER_QUERY_ACCEPT);
			assertThat(response.statusCode()).as(other).isEqualTo(400);
			assertThat(response.body()).as(other).doesNotContain(A_ONLY);
		}
	}

}
