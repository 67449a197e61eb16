package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which floor applies: among the valid rules that fit the sale, the one naming more of
 * distributor, region and segment; on a tie distributor, then region, then segment; then
 * the latest start; dates bound validity.
 */
class PriceFloorPrecedenceTest extends PortalTest {

	private static final String SKU = "TF-001";

	@Autowired
	private PriceFloors floors;

	@Autowired
	private CatalogImports imports;

	@BeforeEach
	void rules() {
		asSystem(() -> imports.importCatalog("floor-product.csv",
				"sku;name\nTF-001;Товар для правил\nTF-002;Товар будущего\n".getBytes()));
		long alfa = distributorId("ALFA");
		long beta = distributorId("BETA");
		set("100", null, null, null, null, null);
		set("110", null, null, "77", null, null);
		set("105", null, null, null, "RETAIL", null);
		set("120", null, null, null, null, alfa);
		set("115", null, null, "77", "RETAIL", null);
		set("125", null, null, "50", null, beta);
		set("130", "2026-10-01", "2026-10-31", null, null, null);
		set("140", "2026-10-01", "2026-10-31", "77", null, null);
		asSystem(() -> floors.set(form("TF-002", "50", "2027-01-01", null, null, null, null)));
	}

	@ParameterizedTest(name = "{0} region={1} segment={2} distributor={3} -> {4}")
	@CsvSource(nullValues = "-", value = { "2026-09-15, -, -, -, 100", // only the general
																		// rule fits
			"2026-09-15, 50, DEALER, GAMMA, 100", // nothing more specific fits
			"2026-09-15, 77, -, -, 110", // region beats general
			"2026-09-15, -, RETAIL, -, 105", // segment beats general
			"2026-09-15, 77, RETAIL, -, 115", // two dimensions beat one
			"2026-09-15, 77, RETAIL, ALFA, 115", // still two beat one (the distributor's
													// alone)
			"2026-09-15, 50, -, ALFA, 120", // distributor beats general
			"2026-09-15, 77, -, ALFA, 120", // one each: distributor beats region
			"2026-09-15, -, RETAIL, ALFA, 120", // one each: distributor beats segment
			"2026-09-15, 77, RETAIL, BETA, 115", // BETA's rule is for region 50
			"2026-09-15, 50, RETAIL, BETA, 125", // distributor + region beat segment
			"2026-10-15, -, -, -, 130", // the dated general rule starts later than the
										// undated one
			"2026-10-15, 77, -, -, 140", // dated regional beats undated regional
			"2026-10-31, 77, -, -, 140", // the last valid day
			"2026-11-01, 77, -, -, 110" }) // after it, back to the undated one
	void theMostSpecificValidRuleWins(String date, String region, String segment, String distributor, String expected) {
		Long distributorId = distributor == null ? null : distributorId(distributor);
		BigDecimal floor = asSystem(() -> floors.applicable(SKU, LocalDate.parse(date), region, segment, distributorId))
			.orElseThrow()
			.minPrice();
		assertThat(floor).isEqualByComparingTo(expected);
	}

	@Test
	void aRuleIsNotValidBeforeItStarts() {
		assertThat(asSystem(() -> floors.applicable("TF-002", LocalDate.of(2026, 12, 31), null, null, null))).isEmpty();
		assertThat(asSystem(() -> floors.applicable("TF-002", LocalDate.of(2027, 1, 1), null, null, null))).isPresent();
	}

	@Test
	void settingTheSameRuleAgainReplacesItAndKeepsTheOldOneAsHistory() {
		set("101", null, null, null, null, null);
		long productId = asSystem(
				() -> jdbc.sql("select id from products where sku = ?").param(SKU).query(Long.class).single());
		assertThat(asSystem(() -> floors.applicable(SKU, LocalDate.of(2026, 9, 1), null, null, null)).orElseThrow()
			.minPrice()).isEqualByComparingTo("101");
		assertThat(asSystem(() -> floors.history(productId)).stream()
			.filter(f -> f.isGeneral() && f.validFrom() == null && !f.isCurrent())).isNotEmpty();
		set("100", null, null, null, null, null);
	}

	@Test
	void theApiAnswersTheApplicableFloorWithItsScope() {
		String answer = browser()
			.api("/api/v1/price-floors?sku=TF-001&date=2026-09-15&region=50&segment=RETAIL&distributor=BETA", "analyst",
					"demo")
			.body();
		String none = browser().api("/api/v1/price-floors?sku=TF-002&date=2026-09-15", "analyst", "demo").body();

		assertThat(answer).contains("\"sku\":\"TF-001\"", "\"minPrice\":125",
				"\"scope\":\"distributor=BETA,region=50\"");
		assertThat(none).contains("\"status\":404");
	}

	@Test
	void theAdministratorSetsRulesOverTheApiAndAnalystsCannot() {
		String rule = "{\"sku\":\"TF-002\",\"minPrice\":55.5,\"validFrom\":\"2027-02-01\",\"region\":\"99\",\"distributor\":\"GAMMA\"}";

		HttpResponse<String> set = browser().apiSend("POST", "/api/v1/price-floors", rule, "admin", "demo");
		HttpResponse<String> refused = browser().apiSend("POST", "/api/v1/price-floors", rule, "analyst", "demo");

		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(set.body()).contains("\"minPrice\":55.5", "\"scope\":\"distributor=GAMMA,region=99\"");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(asSystem(
				() -> floors.applicable("TF-002", LocalDate.of(2027, 3, 1), "99", null, distributorId("GAMMA")))
			.orElseThrow()
			.minPrice()).isEqualByComparingTo("55.5");
	}

	private void set(String price, String from, String to, String region, String segment, Long distributorId) {
		asSystem(() -> floors.set(form(SKU, price, from, to, region, segment, distributorId)));
	}

	private static PriceFloorForm form(String sku, String price, String from, String to, String region, String segment,
			Long distributorId) {
		return new PriceFloorForm(sku, new BigDecimal(price), from == null ? null : LocalDate.parse(from),
				to == null ? null : LocalDate.parse(to), region, segment, distributorId);
	}

}
