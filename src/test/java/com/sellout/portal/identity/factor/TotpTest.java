package com.sellout.portal.identity.factor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TOTP against RFC 6238's test vectors (Appendix B, SHA-1), and base32 against RFC 4648.
 */
class TotpTest {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void theRfcVectors(long seconds, String expected) {
		assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
		// six digits are the last six of the same truncation
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(seconds))).isEqualTo(expected.substring(2));
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
		Instant now = Instant.ofEpochSecond(1_111_111_111);
		long step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1, 6), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step, 6), now)).hasValue(step);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1, 6), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, "abcdef", now)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32AsRfc4648WithoutPadding(String plain, String encoded) {
		assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(plain);
	}

}
