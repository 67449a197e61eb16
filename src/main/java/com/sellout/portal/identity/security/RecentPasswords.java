package com.sellout.portal.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sellout.portal.identity.CurrentUser;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Spares the BI feed's stateless pages a bcrypt each: a tool that reads thousands of
 * pages sends the same Basic password with every one. A password checked in full is
 * remembered for a short while as an HMAC under a key made at start and held in memory
 * only (never the password, never a hash that could be attacked offline without that
 * key), together with the account's stored hash at the time. A later request with the
 * same login and password is let in without bcrypt only while the account still has that
 * very hash (reloaded each time: a changed password or a deactivated account ends it at
 * once) — anything else goes through the full check. Per node and bounded; losing it
 * costs one bcrypt.
 */
class RecentPasswords implements AuthenticationProvider {

	private static final int MOST = 10_000;

	private final AuthenticationProvider passwords;

	private final PortalUserDetailsService users;

	private final Duration remembered;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Checked> recent = new ConcurrentHashMap<>();

	RecentPasswords(AuthenticationProvider passwords, PortalUserDetailsService users, Duration remembered,
			Clock clock) {
		this.passwords = passwords;
		this.users = users;
		this.remembered = remembered;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	private record Checked(byte[] mac, String storedHash, Instant until) {
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String login = attempt.getName();
		String password = String.valueOf(attempt.getCredentials());
		byte[] mac = mac(login, password);
		Checked checked = recent.get(login);
		if (checked != null && checked.until().isAfter(clock.instant()) && MessageDigest.isEqual(checked.mac(), mac)) {
			CurrentUser user = users.loadUserByUsername(login);
			if (checked.storedHash().equals(user.getPassword())) {
				if (!user.isEnabled()) {
					recent.remove(login);
					throw new DisabledException("The account is deactivated");
				}
				return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
			}
			recent.remove(login);
		}
		Authentication result = passwords.authenticate(attempt);
		if (result != null && result.getPrincipal() instanceof CurrentUser user && user.getPassword() != null) {
			if (recent.size() >= MOST) {
				recent.clear();
			}
			recent.put(login, new Checked(mac, user.getPassword(), clock.instant().plus(remembered)));
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	private byte[] mac(String login, String password) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(key);
			hmac.update(login.getBytes(StandardCharsets.UTF_8));
			hmac.update((byte) 0);
			return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
