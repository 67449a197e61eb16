package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sell-out data filtered by a product group holds the lines of its products and of
 * its subgroups' — the catalog says which products a group holds (sell-out no longer
 * reads the catalog's tables for it).
 */
class SellOutDataGroupTest extends PortalTest {

	@Test
	void aGroupSelectsItsOwnAndItsSubgroupsProductsOnTheViewAndInTheExport() {
		// its own distributor, groups and products, and a year no other test uses
		asSystem(() -> jdbc
			.sql("insert into distributors (code, name, inn) values ('RG2008', 'ООО Группы', '7707083893')")
			.update());
		long parent = group("Проверка 2008", null);
		long child = group("Проверка 2008 / Вложенная", parent);
		long other = group("Проверка 2008 прочее", null);
		product("G2008-1", parent);
		product("G2008-2", child);
		product("G2008-3", other);
		byte[] file = SalesFile.create()
			.sale("05.05.2008", "G2008-1", 1, "100")
			.sale("06.05.2008", "G2008-2", 2, "200")
			.sale("07.05.2008", "G2008-3", 3, "300")
			.bytes();
		HttpResponse<String> sent = new SellOutApi(browser()).post("admin", "text/csv", file,
				"?distributor=RG2008&period=2008-05");
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		assertThat(SellOutApi.json(sent).path("acceptedLines").asInt()).as(sent.body()).isEqualTo(3);

		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		String period = "from=2008-05&to=2008-05";
		assertThat(analyst.get("/sellout/data?" + period + "&group=" + parent).body()).contains("G2008-1", "G2008-2")
			.doesNotContain("G2008-3");
		assertThat(analyst.get("/sellout/data?" + period + "&group=" + child).body()).contains("G2008-2")
			.doesNotContain("G2008-1")
			.doesNotContain("G2008-3");
		String export = new String(analyst.download("/sellout/data/export.csv?" + period + "&group=" + parent).body(),
				StandardCharsets.UTF_8);
		assertThat(export).contains("G2008-1", "G2008-2").doesNotContain("G2008-3");
	}

	private long group(String path, Long parent) {
		String name = path.substring(path.lastIndexOf(" / ") < 0 ? 0 : path.lastIndexOf(" / ") + 3);
		return asSystem(
				() -> jdbc.sql("insert into product_groups (parent_id, name, path) values (?, ?, ?) returning id")
					.params(parent, name, path)
					.query(Long.class)
					.single());
	}

	private void product(String sku, long group) {
		asSystem(() -> jdbc.sql("insert into products (sku, name, group_id) values (?, ?, ?)")
			.params(sku, "Товар " + sku, group)
			.update());
	}

}
