package com.sellout.portal.odata;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.identity.BiKeys;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.odata.FeedFixture.A;
import static com.sellout.portal.odata.FeedFixture.A_ADMIN;
import static com.sellout.portal.odata.FeedFixture.A_MANAGED;
import static com.sellout.portal.odata.FeedFixture.A_MANAGER;
import static com.sellout.portal.odata.FeedFixture.B;
import static com.sellout.portal.odata.FeedFixture.B_ADMIN;
import static com.sellout.portal.odata.FeedFixture.JSON;
import static com.sellout.portal.odata.FeedFixture.POWER_QUERY_ACCEPT;
import static com.sellout.portal.odata.FeedFixture.encode;
import static com.sellout.portal.odata.FeedFixture.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A BI key reads the feed as its owner: a distributor's key sees its own rows only — in
 * every page, in {@code $count}, and nothing when it filters on another distributor — a
 * restricted manager's key only its clients, exactly what the owner's password reads; the
 * pages are followed as Power BI's "Web API" credential does (the key added to each next
 * link, which carries none itself); a revoked key reads nothing.
 */
class BiKeyIsolationTest extends PortalTest {

	@Autowired
	private UserAccounts users;

	@Autowired
	private BiKeys keys;

	@Autowired
	private BiFeed feed;

	@BeforeEach
	void data() {
		FeedFixture.ensure(jdbc, users, this::asSystem, baseUrl());
		FeedFixture.awaitSettled(jdbc, this::asSystem);
	}

	@Test
	void aDistributorsKeySeesOnlyItsOwnLinesAsItsPasswordDoes() {
		String key = asUser(A_ADMIN, () -> keys.issue("isolation", null)).secret();
		String lines = feed() + "SellOutLines?$filter=" + encode("year(SaleDate) eq 2061");

		List<JsonNode> withKey = readWithKey(lines, key);
		List<JsonNode> withPassword = FeedFixture.readAll(lines, A_ADMIN, POWER_QUERY_ACCEPT, null).rows();

		assertThat(withKey).hasSizeGreaterThan(4).hasSameSizeAs(withPassword);
		assertThat(withKey).allSatisfy(row -> assertThat(row.path("DistributorCode").asString()).isEqualTo(A));
		assertThat(count("SellOutLines/$count?$filter=" + encode("year(SaleDate) eq 2061"), key))
			.isEqualTo(withKey.size());
		assertThat(readWithKey(feed() + "SellOutLines?$filter=" + encode("DistributorCode eq '" + B + "'"), key))
			.isEmpty();
		assertThat(readWithKey(feed() + "Distributors", key))
			.allSatisfy(row -> assertThat(row.toString()).contains(A).doesNotContain(B));
	}

	@Test
	void theOtherDistributorsKeySeesOnlyItsOwn() {
		String key = asUser(B_ADMIN, () -> keys.issue("isolation", null)).secret();

		List<JsonNode> rows = readWithKey(feed() + "SellOutLines?$filter=" + encode("year(SaleDate) eq 2061"), key);

		assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row.path("DistributorCode").asString()).isEqualTo(B));
		assertThat(readWithKey(feed() + "SellOutMonthly?$filter=" + encode("DistributorCode eq '" + A + "'"), key))
			.isEmpty();
	}

	@Test
	void aRestrictedManagersKeySeesOnlyTheirClients() {
		String key = asUser(A_MANAGER, () -> keys.issue("isolation", null)).secret();

		List<JsonNode> rows = readWithKey(feed() + "SellOutLines?$filter=" + encode("year(SaleDate) eq 2061"), key);

		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.path("ClientInn").asString()).isEqualTo(A_MANAGED));
		assertThat(rows).hasSameSizeAs(
				FeedFixture
					.readAll(feed() + "SellOutLines?$filter=" + encode("year(SaleDate) eq 2061"), A_MANAGER,
							POWER_QUERY_ACCEPT, null)
					.rows());
	}

	@Test
	void aRevokedKeyReadsNothing() {
		BiKeys.IssuedBiKey issued = asUser(A_ADMIN, () -> keys.issue("to revoke", null));
		assertThat(readWithKey(feed() + "Products?$top=1", issued.secret())).hasSize(1);

		asUser(A_ADMIN, () -> {
			keys.revoke(issued.key().id());
			return null;
		});
		HttpResponse<String> refused = get(feed() + "Products?$top=1&key=" + issued.secret(), null, POWER_QUERY_ACCEPT);

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).doesNotContain("OD61");
	}

	@Test
	void theConnectionPageSaysWhenTheOwnersDataLastChanged() {
		OffsetDateTime changed = asUser(A_ADMIN, () -> feed.lastChanged()).orElseThrow();
		PortalHttp tab = browser().loggedInAs(A_ADMIN, FeedFixture.PASSWORD);

		String shown = Jsoup.parse(tab.get("/bi").body()).select("[data-testid=bi-last-changed] strong").text();

		assertThat(shown).isEqualTo(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
			.format(changed.atZoneSameInstant(ZoneId.systemDefault())));
	}

	/**
	 * Every row, page after page, as Power BI reads with a Web API key: the key added to
	 * each URL, the next links themselves holding none.
	 */
	private List<JsonNode> readWithKey(String url, String key) {
		List<JsonNode> rows = new ArrayList<>();
		String next = url;
		int pages = 0;
		while (next != null) {
			HttpResponse<String> response = get(next + (next.contains("?") ? "&" : "?") + "key=" + key, null,
					POWER_QUERY_ACCEPT);
			assertThat(response.statusCode()).as(next + " → " + response.body()).isEqualTo(200);
			assertThat(response.body()).doesNotContain(key).doesNotContain("key=");
			JsonNode page = JSON.readTree(response.body());
			page.path("value").forEach(rows::add);
			next = page.has("@odata.nextLink") ? page.path("@odata.nextLink").asString() : null;
			assertThat(++pages).isLessThan(1_000);
		}
		return rows;
	}

	private long count(String path, String key) {
		HttpResponse<String> response = get(feed() + path + "&key=" + key, null, "text/plain");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Long.parseLong(response.body().strip());
	}

	private String feed() {
		return baseUrl() + "/odata/";
	}

}
