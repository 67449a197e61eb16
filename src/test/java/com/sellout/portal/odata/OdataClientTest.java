package com.sellout.portal.odata;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import org.apache.olingo.client.api.ODataClient;
import org.apache.olingo.client.api.communication.request.retrieve.EdmMetadataRequest;
import org.apache.olingo.client.api.communication.request.retrieve.ODataEntitySetRequest;
import org.apache.olingo.client.api.domain.ClientEntity;
import org.apache.olingo.client.api.domain.ClientEntitySet;
import org.apache.olingo.client.core.ODataClientFactory;
import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.edm.EdmKeyPropertyRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.odata.FeedFixture.ANALYST;
import static com.sellout.portal.odata.FeedFixture.A_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Olingo's own client reads the feed as a generic OData v4 consumer would: the
 * {@code $metadata} parses into an EDM, and every entity set reads through all its pages
 * (4 rows a page in the tests) to as many distinct entities as its {@code $count} says.
 */
class OdataClientTest extends PortalTest {

	/**
	 * The manufacturer sees the whole test database: its reads keep to the tests' own
	 * rows where a set has a column to tell them (the rest are small).
	 */
	private static final Map<String, String> OURS = Map.ofEntries(
			Map.entry("SellOutLines", "startswith(DistributorCode, 'OD61')"),
			Map.entry("SellOutMonthly", "startswith(DistributorCode, 'OD61')"),
			Map.entry("Deviations", "startswith(DistributorCode, 'OD61')"),
			Map.entry("Reports", "startswith(DistributorCode, 'OD61')"),
			Map.entry("SellIn", "startswith(DistributorCode, 'OD61')"),
			Map.entry("ChannelInventory", "startswith(DistributorCode, 'OD61')"),
			Map.entry("Forecasts", "startswith(DistributorCode, 'OD61')"),
			Map.entry("Distributors", "startswith(Code, 'OD61')"), Map.entry("Clients", "contains(Inn, '776100')"),
			Map.entry("Products", "startswith(Sku, 'OD61')"), Map.entry("ProductGroups", "startswith(Path, 'Фид')"));

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void data() {
		FeedFixture.ensure(jdbc, users, this::asSystem, baseUrl());
		FeedFixture.awaitSettled(jdbc, this::asSystem);
	}

	@Test
	void everySetReadsThroughAllPagesToItsCount() {
		for (String login : List.of(ANALYST, A_ADMIN)) {
			ODataClient client = ODataClientFactory.getClient();
			String root = baseUrl() + "/odata/";
			EdmMetadataRequest metadataRequest = client.getRetrieveRequestFactory().getMetadataRequest(root);
			metadataRequest.addCustomHeader("Authorization", basic(login));
			Edm edm = metadataRequest.execute().getBody();
			List<EdmEntitySet> sets = edm.getEntityContainer().getEntitySets();
			assertThat(sets).hasSize(14);
			for (EdmEntitySet set : sets) {
				List<String> keyNames = set.getEntityType()
					.getKeyPropertyRefs()
					.stream()
					.map(EdmKeyPropertyRef::getName)
					.toList();
				Set<List<Object>> keys = new HashSet<>();
				int entities = 0;
				int pages = 0;
				String filter = login.equals(ANALYST) ? OURS.getOrDefault(set.getName(), "") : "";
				String query = filter.isEmpty() ? "" : "?$filter=" + FeedFixture.encode(filter);
				URI next = URI.create(root + set.getName() + query);
				while (next != null) {
					ODataEntitySetRequest<ClientEntitySet> request = client.getRetrieveRequestFactory()
						.getEntitySetRequest(next);
					request.addCustomHeader("Authorization", basic(login));
					ClientEntitySet page = request.execute().getBody();
					for (ClientEntity entity : page.getEntities()) {
						List<Object> key = new ArrayList<>();
						for (String name : keyNames) {
							key.add(entity.getProperty(name).getPrimitiveValue().toValue());
						}
						assertThat(keys.add(key)).as("%s: %s once", set.getName(), key).isTrue();
						entities++;
					}
					assertThat(page.getEntities().size()).isLessThanOrEqualTo(4);
					next = page.getNext();
					pages++;
				}
				long count = Long.parseLong(
						FeedFixture.get(root + set.getName() + "/$count" + query, login, "text/plain").body().strip());
				assertThat(entities).as("%s read by %s", set.getName(), login).isEqualTo(count);
				assertThat(pages).isGreaterThanOrEqualTo((int) Math.ceil(count / 4.0));
			}
		}
	}

	private static String basic(String login) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((login + ":" + FeedFixture.password(login)).getBytes(StandardCharsets.UTF_8));
	}

}
