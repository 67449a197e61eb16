package com.sellout.portal.ingest.mail;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authentication-Results as RFC 8601 writes them: comments, quoted values, several
 * results, any case.
 */
class AuthenticationResultsTest {

	private static final List<String> TRUSTED = List.of("mx.portal.test");

	@Test
	void readsTheServerAndEachResultWithItsProperties() {
		AuthenticationResults header = AuthenticationResults.parse("""
				MX.Portal.Test (Postfix; "quoted; in a comment") 1;\r
				 spf=pass (sender SPF authorized) smtp.mailfrom=alfa.example;\r
				 dkim/1=PASS reason="good \\"sig\\"" header.d=Alfa.Example header.s=s1;\r
				 dmarc=fail (p=reject dis=none) header.from=alfa.example""");
		assertThat(header.authservId()).isEqualTo("MX.Portal.Test");
		assertThat(header.addedBy(TRUSTED)).isTrue();
		assertThat(header.results()).extracting(AuthenticationResults.Result::method)
			.containsExactly("spf", "dkim", "dmarc");
		assertThat(header.results().get(1).result()).isEqualTo("pass");
		assertThat(header.results().get(1).properties()).containsEntry("reason", "good \"sig\"")
			.containsEntry("header.d", "Alfa.Example");
		assertThat(header.authenticates("alfa.example")).as("aligned dkim=pass despite dmarc=fail").isTrue();
	}

	@Test
	void aPassInACommentOrForAnotherDomainIsNoPass() {
		assertThat(AuthenticationResults.parse("mx.portal.test; dmarc=fail (dmarc=pass) header.from=alfa.example")
			.authenticates("alfa.example")).isFalse();
		assertThat(AuthenticationResults.parse("mx.portal.test; dmarc=pass header.from=mailer.example")
			.authenticates("alfa.example")).isFalse();
		assertThat(
				AuthenticationResults.parse("mx.portal.test; dkim=pass header.d=example").authenticates("alfa.example"))
			.as("a bare top-level domain aligns with nothing")
			.isFalse();
		assertThat(AuthenticationResults.parse("mx.portal.test; dkim=pass header.d=lfa.example")
			.authenticates("alfa.example")).isFalse();
		assertThat(AuthenticationResults.parse("mx.portal.test; none").authenticates("alfa.example")).isFalse();
		assertThat(AuthenticationResults.parse("mx.portal.test; dmarc = pass").authenticates("alfa.example")).isTrue();
		assertThat(AuthenticationResults.parse("mx.portal.test; dkim=pass header.i=1c@mail.alfa.example")
			.authenticates("alfa.example")).isTrue();
	}

	@Test
	void anUntrustedOrMissingServerIsNotTrusted() {
		assertThat(AuthenticationResults.parse("mx.evil.example; dmarc=pass").addedBy(TRUSTED)).isFalse();
		assertThat(AuthenticationResults.parse("\"mx.portal.test\"; dmarc=pass").addedBy(TRUSTED)).isTrue();
		assertThat(AuthenticationResults.parse(null).addedBy(TRUSTED)).isFalse();
		assertThat(AuthenticationResults.parse("(only a comment").addedBy(TRUSTED)).isFalse();
		assertThat(AuthenticationResults.parse("mx.portal.test; dmarc=pass").addedBy(List.of()))
			.as("none trusted by default")
			.isFalse();
	}

}
