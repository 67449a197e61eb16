package com.sellout.portal.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt over the password's SHA-256 (base64, 44 characters): bcrypt alone reads at most
 * 72 bytes — 36 Cyrillic letters — and Spring Security refuses to hash more, so a long
 * Russian phrase could not be chosen, and two phrases equal in their first 72 bytes would
 * be one password. With the digest first, every character of a password of any length
 * counts and bcrypt's cost is kept. Stored as {@code {bcrypt-sha256}$2a$…}; hashes made
 * before (plain {@code {bcrypt}}) are still read.
 */
final class LongPasswordBcrypt implements PasswordEncoder {

	static final String ID = "bcrypt-sha256";

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	@Override
	public String encode(CharSequence rawPassword) {
		return bcrypt.encode(digest(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return rawPassword != null && bcrypt.matches(digest(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return bcrypt.upgradeEncoding(encodedPassword);
	}

	private static String digest(CharSequence rawPassword) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
