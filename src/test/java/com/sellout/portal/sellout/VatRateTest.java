package com.sellout.portal.sellout;

import java.nio.charset.StandardCharsets;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts with VAT and no rate of their own are brought to net at the rate in force on
 * the sale date.
 */
class VatRateTest extends PortalTest {

	@ParameterizedTest
	@CsvSource({ "31.12.2025, 2025-12, 1200, 1000.00", "01.01.2026, 2026-01, 1220, 1000.00",
			"15.06.2014, 2014-06, 1180, 1000.00", "31.12.2018, 2018-12, 1180, 1000.00",
			"01.01.2019, 2019-01, 1200, 1000.00" })
	void theStandardRateOfTheSaleDate(String date, String period, String gross, String net) {
		String csv = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма с НДС\n" + date
				+ ";ООО \"Щитстрой\";6645390113;EL-10001;1;" + gross + "\n";
		JsonNode report = SellOutApi.json(new SellOutApi(browser()).upload("beta.admin", "vat-" + period + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), period));
		assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
		assertThat(report.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo(net);
	}

}
