package com.sellout.portal.odata;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.odata.FeedFixture.A;
import static com.sellout.portal.odata.FeedFixture.ANALYST;
import static com.sellout.portal.odata.FeedFixture.A_ADMIN;
import static com.sellout.portal.odata.FeedFixture.JSON;
import static com.sellout.portal.odata.FeedFixture.POWER_QUERY_ACCEPT;
import static com.sellout.portal.odata.FeedFixture.encode;
import static com.sellout.portal.odata.FeedFixture.get;
import static com.sellout.portal.odata.FeedFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed as Power Query reads it, over real HTTP with HTTP Basic: the service document,
 * {@code $metadata} as XML, pages followed by {@code @odata.nextLink} (4 rows a page in
 * the tests), {@code IEEE754Compatible}, the refusals, and the figures against the
 * analytics API and the database.
 */
class OdataFeedTest extends PortalTest {

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
	void theServiceDocumentListsEverySet() {
		HttpResponse<String> response = get(feed(), A_ADMIN, POWER_QUERY_ACCEPT);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("OData-Version")).hasValue("4.0");
		Set<String> names = new HashSet<>();
		JSON.readTree(response.body()).path("value").forEach(set -> names.add(set.path("name").asString()));
		assertThat(names).containsExactlyInAnyOrder("SellOutLines", "SellOutMonthly", "Reports", "Distributors",
				"Clients", "Products", "ProductGroups", "Regions", "Segments", "Periods", "SellIn", "Deviations",
				"ChannelInventory", "Forecasts");
	}

	@Test
	void theMetadataIsCsdlXmlWithKeysDatesDecimalsAndNavigations() {
		HttpResponse<String> response = get(feed() + "$metadata", A_ADMIN, "application/xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
		assertThat(response.headers().firstValue("OData-Version")).hasValue("4.0");
		String xml = response.body();
		assertThat(xml).contains("<EntityType Name=\"SellOutLine\">")
			.contains("<PropertyRef Name=\"ReportId\"/>")
			.contains("<PropertyRef Name=\"LineNo\"/>")
			.contains("<Property Name=\"SaleDate\" Type=\"Edm.Date\"/>")
			.contains("<Property Name=\"AmountNet\" Type=\"Edm.Decimal\" Precision=\"18\" Scale=\"2\"/>")
			.contains("<Property Name=\"ReceivedAt\" Type=\"Edm.DateTimeOffset\" Precision=\"3\"/>")
			.contains("<NavigationProperty Name=\"Product\" Type=\"SellOut.Product\"")
			.contains("<NavigationProperty Name=\"Distributor\" Type=\"SellOut.Distributor\"")
			.contains("<EntitySet Name=\"SellOutLines\" EntityType=\"SellOut.SellOutLine\">");
	}

	@Test
	void linesArePagedByNextLinksAndSumToTheAnalyticsApi() {
		String filter = encode("DistributorCode eq 'OD61A' and Period ge 2061-01-01 and Period lt 2061-04-01");
		FeedFixture.Read read = readAll(feed() + "SellOutLines?$filter=" + filter, ANALYST, POWER_QUERY_ACCEPT, null);
		assertThat(read.pages()).isGreaterThan(2);
		assertThat(read.links()).allSatisfy(link -> assertThat(link).startsWith(feed() + "SellOutLines?")
			.contains("$skiptoken=")
			.contains("$filter="));
		Set<String> keys = new HashSet<>();
		BigDecimal amount = BigDecimal.ZERO;
		BigDecimal quantity = BigDecimal.ZERO;
		for (JsonNode row : read.rows()) {
			assertThat(keys.add(row.path("ReportId").asString() + "/" + row.path("LineNo").asString())).isTrue();
			amount = amount.add(row.path("AmountNet").decimalValue());
			quantity = quantity.add(row.path("Quantity").decimalValue());
		}
		JsonNode totals = analytics("from=2061-01&to=2061-03&distributor=" + A).path("totals");
		assertThat(read.rows()).hasSize(totals.path("lines").asInt()).hasSize(14);
		assertThat(amount).isEqualByComparingTo(totals.path("amountNet").decimalValue());
		assertThat(quantity).isEqualByComparingTo(totals.path("quantity").decimalValue());

		FeedFixture.Read monthly = readAll(feed() + "SellOutMonthly?$filter=" + filter, ANALYST, POWER_QUERY_ACCEPT,
				null);
		BigDecimal monthlyAmount = monthly.rows()
			.stream()
			.map(row -> row.path("AmountNet").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		long monthlyLines = monthly.rows().stream().mapToLong(row -> row.path("Lines").asLong()).sum();
		assertThat(monthlyAmount).isEqualByComparingTo(totals.path("amountNet").decimalValue());
		assertThat(monthlyLines).isEqualTo(totals.path("lines").asLong());
	}

	@Test
	void theSegmentFilterOfTheMonthlySetEqualsTheAnalyticsApiForIt() {
		String filter = encode("DistributorCode eq 'OD61A' and SegmentCode eq 'DEALER' and year(Period) eq 2061");
		FeedFixture.Read monthly = readAll(feed() + "SellOutMonthly?$filter=" + filter, ANALYST, POWER_QUERY_ACCEPT,
				null);
		BigDecimal amount = monthly.rows()
			.stream()
			.map(row -> row.path("AmountNet").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		JsonNode totals = analytics("from=2061-01&to=2061-12&distributor=" + A + "&segment=DEALER").path("totals");
		assertThat(amount).isEqualByComparingTo(totals.path("amountNet").decimalValue()).isPositive();
	}

	@Test
	void ieee754CompatibleWritesInt64AndDecimalAsStrings() {
		HttpResponse<String> response = get(
				feed() + "SellOutLines?$top=1&$filter=" + encode("DistributorCode eq 'OD61A'"), A_ADMIN,
				"application/json;odata.metadata=minimal;IEEE754Compatible=true");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("IEEE754Compatible=true");
		JsonNode row = JSON.readTree(response.body()).path("value").get(0);
		assertThat(row.path("ReportId").isString()).isTrue();
		assertThat(row.path("AmountNet").isString()).isTrue();
		assertThat(row.path("LineNo").isNumber()).isTrue();

		JsonNode plain = JSON
			.readTree(get(feed() + "SellOutLines?$top=1&$filter=" + encode("DistributorCode eq 'OD61A'"), A_ADMIN,
					POWER_QUERY_ACCEPT)
				.body())
			.path("value")
			.get(0);
		assertThat(plain.path("ReportId").isNumber()).isTrue();
		assertThat(plain.path("AmountNet").isNumber()).isTrue();
	}

	@Test
	void whatTheFeedDoesNotServeIsAClearClientErrorWithItsVersion() {
		for (String query : List.of("SellOutLines?$filter=" + encode("Product/Name eq 'x'"),
				"SellOutLines?$filter=" + encode("Quantity add 1 gt 2"),
				"SellOutLines?$filter=" + encode("SaleDate eq 'x'"), "SellOutLines?$search=lamp",
				"SellOutLines?$filter=" + encode("contains(Quantity, '1')"), "SellOutLines?$skiptoken=garbage",
				"NoSuchSet", "Reports(1)", "SellOutLines(ReportId=1,LineNo=1)")) {
			HttpResponse<String> response = get(feed() + query, A_ADMIN, POWER_QUERY_ACCEPT);
			assertThat(response.statusCode()).as(query + " → " + response.body()).isBetween(400, 499);
			assertThat(response.headers().firstValue("OData-Version")).as(query).hasValue("4.0");
			assertThat(JSON.readTree(response.body()).path("error").path("message").asString()).as(query).isNotBlank();
		}
		HttpResponse<String> anonymous = get(feed(), null, POWER_QUERY_ACCEPT);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=");
		assertThat(anonymous.headers().firstValue("OData-Version")).hasValue("4.0");
	}

	@Test
	void everyAnswerCarriesOneVersionHeader() {
		for (String query : List.of("", "$metadata", "SellOutLines?$top=1", "SellOutLines/$count", "NoSuchSet")) {
			HttpResponse<String> response = get(feed() + query, A_ADMIN, POWER_QUERY_ACCEPT);
			assertThat(response.headers().allValues("OData-Version")).as(query).containsExactly("4.0");
		}
	}

	@Test
	void aNextLinkRepeatsOnlyTheFeedsOwnOptions() {
		HttpResponse<String> response = get(
				feed() + "SellOutLines?foo=bar&$select=Sku,AmountNet&$filter=" + encode("DistributorCode eq 'OD61A'"),
				A_ADMIN, POWER_QUERY_ACCEPT);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String next = JSON.readTree(response.body()).path("@odata.nextLink").asString();
		assertThat(next).startsWith(feed() + "SellOutLines?").contains("$select=Sku,AmountNet").doesNotContain("foo");
		JsonNode row = JSON.readTree(response.body()).path("value").get(0);
		assertThat(row.has("Sku")).isTrue();
		assertThat(row.has("ClientName")).isFalse();
	}

	private JsonNode analytics(String query) {
		HttpResponse<String> response = browser().api("/api/v1/analytics/sellout?" + query, ANALYST, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
