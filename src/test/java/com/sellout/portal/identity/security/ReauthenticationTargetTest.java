package com.sellout.portal.identity.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the confirmation page may send the person back to: only into the portal. */
class ReauthenticationTargetTest {

	@ParameterizedTest(name = "«{0}» → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/clients/export.csv?status=ACTIVE | /clients/export.csv?status=ACTIVE
			/                                 | /
			//evil.example/x                  | /
			/\\\\evil.example                 | /
			'/\\t/evil.example'                | /
			'/\\n/evil.example'                | /
			https://evil.example              | /
			javascript:alert(1)               | /
			''                                | /
			""")
	void staysInThePortal(String target, String expected) {
		assertThat(ReauthenticationController.local(target.translateEscapes())).isEqualTo(expected);
	}

}
