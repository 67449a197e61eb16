package com.sellout.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Московская область|50", "Моск. обл|50", "МО|50", "Московская обл.|50", "г Москва|77",
					"МОСКВА|77", "СПб|78", "Санкт-Петербург|78", "г. Санкт-Петербург|78", "РТ|16", "Татарстан|16",
					"Республика Татарстан|16", "Башкирия|02", "Краснодарский кр.|23", "Кубань|23", "Приморье|25",
					"НСО|54", "Новосибирская обл|54", "Иркутская обл.|38", "Екатеринбург|66", "66|66", "2|02",
					"Респ. Адыгея|01" })
	void peoplesWaysOfWritingARegionAreUnderstood(String written, String code) {
		assertThat(RegionNames.resolve(written)).map(Region::code).contains(code);
	}

	@ParameterizedTest
	@CsvSource({ "Марс", "Сибирь", "область", "99" })
	void whatIsNotARegionIsNone(String written) {
		assertThat(RegionNames.resolve(written)).isEmpty();
	}

}
