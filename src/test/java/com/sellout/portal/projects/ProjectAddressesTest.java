package com.sellout.portal.projects;

import com.sellout.portal.projects.internal.ProjectAddresses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How conflict detection reads an address: the same place however it was typed. */
class ProjectAddressesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			г. Москва, ул. Ленина, д. 5, корп. 2       | москва ленина 5 2
			Москва Ленина 5 2                          | москва ленина 5 2
			г.Москва,ул.Ленина,д.5,корп.2              | москва ленина 5 2
			  МОСКВА,   УЛ ЛЕНИНА  Д 5 КОРП 2          | москва ленина 5 2
			г. Королёв, ул. Лётная, д. 1, стр. 3        | королев летная 1 3
			Королев Летная 1 3                         | королев летная 1 3
			ул. Дорожная, д. 7                         | дорожная 7
			Город Гатчина, улица Дачная 12              | гатчина дачная 12
			Москва, улица Ленина 15 корпус 2           | москва ленина 15 2
			г. Москва, ул. Ленина, д. 15, корп.2       | москва ленина 15 2
			Московская обл., г. Химки, проспект Мира, дом 3, строение 1 | московская химки мира 3 1
			пр-т Мира, 10/2 «БЦ»                        | мира 10 2 бц
			Дорожный пер., 4                           | дорожный 4
			Домодедово, Гордая 5                       | домодедово гордая 5
			""")
	void normalises(String typed, String key) {
		assertThat(ProjectAddresses.normalise(typed)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			г. Москва, ул. Ленина, д. 5  | г. Москва, ул. Ленина, д. 6
			ул. Гагарина, д. 1           | ул. Гагарина, д. 1, корп. 2
			""")
	void differentPlacesStayDifferent(String one, String other) {
		assertThat(ProjectAddresses.normalise(one)).isNotEqualTo(ProjectAddresses.normalise(other));
	}

}
