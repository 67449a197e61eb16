package com.sellout.portal.identity.factor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps second-factor secrets encrypted at rest (AES-256-GCM) and recovery codes as keyed
 * hashes (HMAC-SHA-256), with a key from the environment
 * ({@code PORTAL_SECURITY_SECRET_KEY}); without one — the embedded default — a random key
 * generated once into the data directory, readable by its owner only. A database copied
 * without the key yields neither the secrets nor a way to test guesses of the codes.
 */
@Component
class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec encryption;

	private final SecretKeySpec hashing;

	SecretCipher(@Value("${portal.security.secret-key:}") String configured,
			@Value("${portal.security.secret-key-file:${portal.database.data-dir}/portal-secret.key}") Path keyFile) {
		String secret = configured.isBlank() ? generatedOnce(keyFile) : configured.strip();
		this.encryption = new SecretKeySpec(derive("encryption", secret), "AES");
		this.hashing = new SecretKeySpec(derive("hashing", secret), "HmacSHA256");
	}

	String encrypt(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt", ex);
		}
	}

	byte[] decrypt(String stored) {
		try {
			byte[] in = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
			return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"A second-factor secret does not open with this key " + "(was PORTAL_SECURITY_SECRET_KEY changed?)",
					ex);
		}
	}

	/** The keyed hash a recovery code is kept as (hex). */
	String hash(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashing);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private static byte[] derive(String purpose, String secret) {
		try {
			return MessageDigest.getInstance("SHA-256")
				.digest((purpose + ":" + secret).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private String generatedOnce(Path keyFile) {
		try {
			if (!Files.exists(keyFile)) {
				byte[] key = new byte[32];
				random.nextBytes(key);
				Files.createDirectories(keyFile.toAbsolutePath().getParent());
				try {
					Files.writeString(Files.createFile(keyFile), Base64.getEncoder().encodeToString(key));
					trySetOwnerOnly(keyFile);
					log.warn("No PORTAL_SECURITY_SECRET_KEY: generated one into {} — keep it with the data, "
							+ "second factors cannot be read without it", keyFile.toAbsolutePath());
				}
				catch (FileAlreadyExistsException raced) {
					// another node or start wrote it first: read theirs
				}
			}
			return Files.readString(keyFile).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the secret key " + keyFile, ex);
		}
	}

	private static void trySetOwnerOnly(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.debug("Could not restrict {}: {}", file, ex.toString());
		}
	}

}
