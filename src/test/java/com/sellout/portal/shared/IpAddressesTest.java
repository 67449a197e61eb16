package com.sellout.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses as people read them (RFC 5952 for IPv6). */
class IpAddressesTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			0:0:0:0:0:0:0:1                         | ::1
			0:0:0:0:0:0:0:0                         | ::
			2001:0db8:0000:0000:0000:ff00:0042:8329 | 2001:db8::ff00:42:8329
			2001:DB8:0:0:1:0:0:1                    | 2001:db8::1:0:0:1
			2001:db8:0:1:1:1:1:1                    | 2001:db8:0:1:1:1:1:1
			fe80:0:0:0:0:0:0:1                      | fe80::1
			::1                                     | ::1
			127.0.0.1                               | 127.0.0.1
			10.0.0.7                                | 10.0.0.7
			not-an-address                          | not-an-address
			null                                    | null
			""")
	void readsAsPeopleWriteIt(String given, String expected) {
		assertThat(IpAddresses.readable(given)).isEqualTo(expected);
	}

}
