package com.sellout.portal.sellout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception's page shows the values as they were received — verbatim — and, apart,
 * what the portal read from them in Russian formats: the date, the region by name, the
 * quantity, price and amount net of VAT.
 */
class ExceptionAsReceivedTest extends PortalTest {

	private static final List<CanonicalField> TEMPLATE = List.of(CanonicalField.values())
		.stream()
		.filter(f -> f != CanonicalField.VAT_INCLUDED && f != CanonicalField.COST)
		.toList();

	@Test
	void theReceivedValuesAsReceivedAndApartTheValuesReadInRussianFormats() {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		List<String> header = new ArrayList<>();
		TableReader.read(alfa.download("/sellout/template.csv").body(), (RawRow row) -> {
			if (header.isEmpty()) {
				header.addAll(row.cells());
			}
		});
		assertThat(header).hasSize(TEMPLATE.size());
		Map<CanonicalField, String> sent = new EnumMap<>(CanonicalField.class);
		for (CanonicalField field : TEMPLATE) {
			sent.put(field, "");
		}
		sent.put(CanonicalField.SALE_DATE, "14.03.2019");
		sent.put(CanonicalField.DOCUMENT_NO, "УПД-7141");
		sent.put(CanonicalField.CLIENT_INN, "6645390114");
		sent.put(CanonicalField.CLIENT_NAME, "ООО \"Щитстрой\"");
		sent.put(CanonicalField.REGION, "Свердловская обл.");
		sent.put(CanonicalField.SKU, "EL-20054");
		sent.put(CanonicalField.PRODUCT_NAME, "УЗО чёрн. Pro1");
		sent.put(CanonicalField.QUANTITY, "3");
		sent.put(CanonicalField.UNIT, "шт");
		sent.put(CanonicalField.PRICE, "5491.32");
		sent.put(CanonicalField.AMOUNT, "16473.96");
		sent.put(CanonicalField.CURRENCY, "RUB");
		String csv = String.join(";", header) + "\n"
				+ TEMPLATE.stream()
					.map(f -> "\"" + sent.get(f).replace("\"", "\"\"") + "\"")
					.collect(Collectors.joining(";"))
				+ "\n";
		JsonNode report = SellOutApi.json(new SellOutApi(browser()).upload("alfa.manager", "march-2019.csv",
				csv.getBytes(StandardCharsets.UTF_8), "2019-03"));
		long id = report.path("id").asLong();

		Document page = Jsoup.parse(alfa.get("/sellout/reports/" + id + "/lines/2").body());
		Element received = page.selectFirst("[data-testid=as-received]");
		assertThat(received).isNotNull();
		assertThat(received.text()).as("verbatim, as the file has them")
			.contains("Свердловская обл.", "5491.32", "16473.96", "14.03.2019")
			.doesNotContain("5 491,32");
		Element read = page.selectFirst("[data-testid=as-read]");
		assertThat(read).as("what the portal read, apart").isNotNull();
		assertThat(read.selectFirst("[data-figure=date]").text()).isEqualTo("14.03.2019");
		assertThat(read.selectFirst("[data-figure=price]").wholeText()).isEqualTo("5\u00a0491,32");
		assertThat(read.selectFirst("[data-figure=amount]").wholeText()).isEqualTo("16\u00a0473,96");
		assertThat(read.selectFirst("[data-figure=quantity]").text()).isEqualTo("3");
		assertThat(read.text()).contains("Свердловская область").doesNotContain("sale_date", "null");
	}

}
