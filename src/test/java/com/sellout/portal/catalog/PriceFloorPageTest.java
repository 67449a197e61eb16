package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The price-floor form as a person fills it: amounts as people type them, and what it
 * says when it cannot set the rule (an amount that is not a number, a SKU not in the
 * catalogue) — on the page, with nothing set.
 */
class PriceFloorPageTest extends PortalTest {

	private static final String SKU = "PF-2033";

	@Autowired
	private CatalogImports imports;

	@Autowired
	private PriceFloors floors;

	@BeforeEach
	void product() {
		asSystem(() -> imports.importCatalog("floor-page-product.csv",
				("sku;name\n" + SKU + ";Товар для формы\n").getBytes()));
	}

	@Test
	void anAmountWithSpacesAndACommaIsTaken() {
		HttpResponse<String> saved = form().fill("sku", SKU)
			.fill("minPrice", "1 496,43")
			.fill("validFrom", "2033-03-01")
			.submit();

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(asSystem(() -> floors.applicable(SKU, LocalDate.of(2033, 3, 15), null, null, null)).orElseThrow()
			.minPrice()).isEqualByComparingTo(new BigDecimal("1496.43"));
	}

	@Test
	void anAmountThatIsNotANumberIsShownAsAFieldError() {
		HttpResponse<String> refused = form().fill("sku", SKU)
			.fill("minPrice", "двенадцать")
			.fill("validFrom", "2033-05-01")
			.submit();

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Неверное значение.");
		assertThat(asSystem(() -> floors.applicable(SKU, LocalDate.of(2033, 5, 15), null, null, null))).isEmpty();
	}

	@Test
	void theDatesAreTypedAsДДММГГГГAndNonsenseIsRefusedSayingHow() {
		HttpResponse<String> saved = form().fill("sku", SKU)
			.fill("minPrice", "10")
			.fill("validFrom", "01.09.2033")
			.fill("validTo", "30.09.2033")
			.submit();
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(asSystem(() -> floors.applicable(SKU, LocalDate.of(2033, 9, 15), null, null, null))).isPresent();
		assertThat(asSystem(() -> floors.applicable(SKU, LocalDate.of(2033, 10, 1), null, null, null))).isEmpty();

		HttpResponse<String> refused = form().fill("sku", SKU)
			.fill("minPrice", "10")
			.fill("validFrom", "31.02.2034")
			.submit();
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Укажите дату в виде ДД.ММ.ГГГГ, например 03.12.2026.")
			.as("the text typed is kept")
			.contains("value=\"31.02.2034\"");
	}

	@Test
	void aSkuNotInTheCatalogueIsShownOnTheForm() {
		HttpResponse<String> refused = form().fill("sku", "NO-SUCH-2033")
			.fill("minPrice", "10")
			.fill("validFrom", "2033-07-01")
			.submit();

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Артикула «NO-SUCH-2033» нет в каталоге.");
	}

	private PageForm form() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		return PageForm.on(admin, "/price-floors", "form[method=post][action$=/price-floors]");
	}

}
