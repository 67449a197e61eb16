package com.sellout.portal.identity.sessions;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Web session ids of 216 random bits (27 bytes of {@link SecureRandom}, base64url: 36
 * characters, the width of {@code spring_session.session_id}) instead of Spring Session's
 * random UUIDs, whose 122 random bits fall short of the 128 OWASP ASVS asks of a session
 * token (V7.2.3).
 */
@Configuration(proxyBeanMethods = false)
class RandomSessionIds implements SessionIdGenerator {

	static final int BYTES = 27;

	private final SecureRandom random = new SecureRandom();

	@Override
	public String generate() {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> randomSessionIdsForStoredSessions() {
		return repository -> repository.setSessionIdGenerator(this);
	}

}
