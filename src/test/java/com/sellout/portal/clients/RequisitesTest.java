package com.sellout.portal.clients;

import java.util.List;

import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every requisite rule, with real valid numbers and their broken twins. */
class RequisitesTest extends PortalTest {

	@Autowired
	private Requisites requisites;

	@ParameterizedTest(name = "inn={0} kpp={1} ogrn={2} segment={3} region={4} -> {5}")
	@CsvSource(nullValues = "-", value = { "7707083893, 770701001, 1027700132195, RETAIL, 77, -", // organisation,
																									// all
																									// valid
			"500100732259, -, 304500116000157, Розничная сеть, 50, -", // entrepreneur,
																		// segment by
																		// Russian name
			"7707083893, -, -, retail, 77, -", // segment code in any case
			"7707083893, -, -, Installer, 77, -", // segment by English name
			"500100732259, 500101001, -, RETAIL, 50, kpp:client.kpp.entrepreneur", // an
																					// entrepreneur
																					// has
																					// no
																					// KPP
			"7707083894, -, -, RETAIL, 77, inn:validation.inn", // wrong check digit
			"770708389, -, -, RETAIL, 77, inn:validation.inn", // 9 digits
			"77070838931, -, -, RETAIL, 77, inn:validation.inn", // 11 digits
			"500100732258, -, -, RETAIL, 50, inn:validation.inn", // wrong 12th digit
			"-, -, -, RETAIL, 77, inn:validation.required", "7707083893, 77070100, -, RETAIL, 77, kpp:validation.kpp", // 8
																														// characters
			"7707083893, 7707ab001, -, RETAIL, 77, -", // lowercase letters become upper:
														// 7707AB001 is valid
			"7707083893, -, 1027700132196, RETAIL, 77, ogrn:client.ogrn.invalid", // wrong
																					// check
																					// digit
			"7707083893, -, 304500116000157, RETAIL, 77, ogrn:client.ogrn.needOgrn", // an
																						// organisation
																						// with
																						// an
																						// OGRNIP
			"500100732259, -, 1027700132195, RETAIL, 50, ogrn:client.ogrn.needOgrnip", // an
																						// entrepreneur
																						// with
																						// an
																						// OGRN
			"500100732259, -, 304500116000158, RETAIL, 50, ogrn:client.ogrn.invalid",
			"7707083893, -, -, Оптовик, 77, segment:client.segment.unknown",
			"7707083893, -, -, -, 77, segment:validation.required",
			"7707083893, -, -, RETAIL, 99, regionCode:client.region.unknown", // not a
																				// subject
			"7707083893, -, -, RETAIL, -, regionCode:validation.required" })
	void checksEveryRequisite(String inn, String kpp, String ogrn, String segment, String region, String expected) {
		ClientForm form = new ClientForm(inn, kpp, ogrn, "ООО \"Тест\"", segment, region, null, null, null, null, null,
				null);

		List<FieldProblem> problems = requisites.check(form);

		if (expected == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).extracting(p -> p.field() + ":" + p.message()).containsExactly(expected);
		}
	}

}
