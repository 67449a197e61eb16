package com.sellout.portal.identity.factor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1): a code of six
 * digits for each 30-second step since the epoch, accepted one step either side of now
 * for clocks that drift.
 */
public final class Totp {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	/** Steps before and after the current one still accepted. */
	static final int DRIFT_STEPS = 1;

	private Totp() {
	}

	public static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The code of a step, with the given number of digits (RFC 4226, section 5.3). */
	public static String code(byte[] key, long step, int digits) {
		byte[] message = new byte[8];
		long value = step;
		for (int i = 7; i >= 0; i--) {
			message[i] = (byte) value;
			value >>>= 8;
		}
		byte[] hash = hmacSha1(key, message);
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		int modulo = (int) Math.pow(10, digits);
		return String.format("%0" + digits + "d", binary % modulo);
	}

	public static String code(byte[] key, Instant at) {
		return code(key, stepAt(at), DIGITS);
	}

	/**
	 * The step whose code this is, within the drift around {@code now}, if any: the
	 * latest matching step, so a code replayed within its step is recognised by it.
	 */
	public static OptionalLong matchingStep(byte[] key, String code, Instant now) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		for (long step = current + DRIFT_STEPS; step >= current - DRIFT_STEPS; step--) {
			if (constantTimeEquals(code(key, step, DIGITS), code)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] hmacSha1(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

}
