package com.sellout.portal.database.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What PostgreSQL keeps of a password under {@code password_encryption = scram-sha-256}
 * (RFC 5802/7677), made here so that {@code CREATE ROLE … PASSWORD} gets the verifier and
 * the password itself never reaches the server, its statement log or an error message.
 * The passwords the portal generates are ASCII, for which SASLprep changes nothing.
 */
final class ScramVerifier {

	static final int ITERATIONS = 4096;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ScramVerifier() {
	}

	static String of(String password) {
		if (!password.chars().allMatch(c -> c > 32 && c < 127)) {
			throw new IllegalArgumentException("Only printable ASCII passwords are made into verifiers here");
		}
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return of(password, salt, ITERATIONS);
	}

	static String of(String password, byte[] salt, int iterations) {
		try {
			SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
			byte[] salted = pbkdf2.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
				.getEncoded();
			byte[] clientKey = hmac(salted, "Client Key");
			byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
			byte[] serverKey = hmac(salted, "Server Key");
			Base64.Encoder base64 = Base64.getEncoder();
			return "SCRAM-SHA-256$" + iterations + ":" + base64.encodeToString(salt) + "$"
					+ base64.encodeToString(storedKey) + ":" + base64.encodeToString(serverKey);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SCRAM-SHA-256 is not available", ex);
		}
	}

	private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
	}

}
