package com.sellout.portal.mapping;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.shared.Sha256;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates' pages: a distributor sees, renames, corrects and deletes its own; a
 * layout stored long ago still reads.
 */
class TemplatePagesTest extends PortalTest {

	@Autowired
	private Templates templates;

	@Test
	void aDistributorSeesRenamesCorrectsAndDeletesItsOwnTemplatesOnly() {
		String header = "Дата отгрузки;Клиент;ИНН;Артикул;Кол-во;Сумма без НДС\n";
		byte[] file = (header + "03.12.2020;ООО \"Щитстрой\";6645390113;EL-10001;2;1480,88\n")
			.getBytes(StandardCharsets.UTF_8);
		JsonNode report = SellOutApi
			.json(new SellOutApi(browser()).upload("beta.admin", "beta-layout.csv", file, "2020-12"));
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED");
		long template = asSystem(() -> jdbc.sql("select template_id from sellout_reports where id = ?")
			.param(report.path("id").asLong())
			.query(Long.class)
			.single());

		PortalHttp beta = browser().loggedInAs("beta.admin", "demo");
		assertThat(beta.get("/sellout/templates").body()).contains("beta-layout.csv");
		assertThat(beta.get("/sellout/templates/" + template).body()).contains("№ " + report.path("id").asLong());
		beta.submit("/sellout/templates/" + template, "/sellout/templates/" + template + "/name",
				Map.of("name", "1С: отчёт по продажам"));
		assertThat(beta.get("/sellout/templates").body()).contains("1С: отчёт по продажам");

		PortalHttp alfa = browser().loggedInAs("alfa.admin", "demo");
		assertThat(alfa.get("/sellout/templates").body()).doesNotContain("1С: отчёт по продажам");
		assertThat(alfa.get("/sellout/templates/" + template).statusCode()).isEqualTo(404);
		assertThat(
				alfa.submit("/sellout/templates", "/sellout/templates/" + template + "/delete", Map.of()).statusCode())
			.isEqualTo(404);

		assertThat(beta.submit("/sellout/templates/" + template, "/sellout/templates/" + template + "/delete", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_templates where id = ?")
			.param(template)
			.query(Long.class)
			.single())).isZero();
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where id = ?")
			.param(report.path("id").asLong())
			.query(Long.class)
			.single())).isEqualTo(1);
	}

	/**
	 * A layout as the portal has always stored it — the field by its key, the same JSON
	 * before and after the field became a {@link CanonicalField} — still reads, shows and
	 * is used.
	 */
	@Test
	void aLayoutStoredBeforeFieldsWereTypedStillReads() {
		long gamma = distributorId("GAMMA");
		String signature = Sha256.hex("a header of 2007"); // signatures are SHA-256,
															// char(64)
		String stored = """
				{"headerRows":[3],"firstDataRow":4,"columns":[{"index":0,"header":"Дата","field":"sale_date","confidence":1.0},\
				{"index":1,"header":"Клиент","field":"client_name","confidence":0.95},\
				{"index":2,"header":"Примечание","field":null,"confidence":0.0},\
				{"index":3,"header":"Кол-во","field":"quantity","confidence":1.0},\
				{"index":4,"header":"Артикул","field":"sku","confidence":1.0},\
				{"index":5,"header":"Сумма","field":"amount","confidence":1.0}],\
				"settings":{"amountsIncludeVat":false,"vatRate":null,"period":null},"grouping":null}""";
		long id = asSystem(() -> jdbc.sql("""
				insert into sellout_templates (distributor_id, signature, layout, confirmed, updated_by, name)
				values (?, ?, ?::jsonb, true, 'gamma.admin', 'отчёт 2007') returning id""")
			.params(gamma, signature, stored)
			.query(Long.class)
			.single());

		Templates.Template template = asUser("gamma.admin", () -> templates.get(id));
		assertThat(template.layout().columns()).extracting(Layout.MappedColumn::field)
			.containsExactly(CanonicalField.SALE_DATE, CanonicalField.CLIENT_NAME, null, CanonicalField.QUANTITY,
					CanonicalField.SKU, CanonicalField.AMOUNT);
		assertThat(template.fields()).containsExactly("sale_date", "client_name", "quantity", "sku", "amount");
		assertThat(asUser("gamma.admin", () -> templates.byHeader(gamma)).get(signature)).isEqualTo(template.layout());
		String page = browser().loggedInAs("gamma.admin", "demo").get("/sellout/templates/" + id).body();
		assertThat(page).containsPattern("<option value=\"client_name\" selected=\"selected\"");

		// what is stored again is what was stored: the key, never the constant
		asUser("gamma.admin", () -> {
			templates.rename(id, "отчёт 2007, переименован");
			templates.changeFields(id, List.of("sale_date", "client_name", "", "quantity", "sku", "amount"));
			return null;
		});
		String rewritten = asSystem(() -> jdbc.sql("select layout::text from sellout_templates where id = ?")
			.param(id)
			.query(String.class)
			.single());
		assertThat(rewritten).contains("\"field\": \"client_name\"").doesNotContain("CLIENT_NAME");
	}

}
