package com.sellout.portal.shared;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free-text regions as distributors' records held them, read as subjects of the Russian
 * Federation; what matches nothing is kept as typed.
 */
class RegionListTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Москва, Московская область                  | 77 50       | -
			Новосибирская область, Томская область      | 54 70       | -
			66, 77                                      | 66 77       | -
			МО; СПб / Татарстан                         | 50 78 16    | -
			Москва и Московская обл.                    | 77 50       | -
			г. Москва, г Москва, Москва                 | 77          | -
			Тверская обл., ЦФО                          | 69          | ЦФО
			Москва и область                            | 77          | область
			вся Сибирь; по согласованию                 | -           | вся Сибирь, по согласованию
			Свердловская область\\nЧелябинская область   | 66 74       | -
			""")
	void aTypedListBecomesSubjectsAndWhatMatchesNothingStaysAsTyped(String text, String codes, String unmatched) {
		RegionList parsed = RegionList.parse(text.replace("\\n", "\n"));

		assertThat(parsed.codes()).containsExactlyElementsOf(codes == null ? List.of() : List.of(codes.split(" ")));
		assertThat(parsed.unmatched()).isEqualTo(unmatched);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "-", "'  '" })
	void nothingTypedIsNoRegionAndNoNote(String text) {
		assertThat(RegionList.parse(text)).isEqualTo(new RegionList(List.of(), null));
	}

}
