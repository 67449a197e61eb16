package com.sellout.portal.ingest.ftp;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for FTPS when no keystore is configured, made once and kept
 * in a PKCS#12 file, so that a local run offers {@code AUTH TLS} out of the box. Clients
 * must be told to accept it; production configures a real certificate.
 */
final class SelfSignedCertificate {

	static final String ALIAS = "ftps";

	private SelfSignedCertificate() {
	}

	/** The keystore at this path, made first if it does not exist. */
	static Path ensure(Path keystore, String password) {
		if (Files.isRegularFile(keystore)) {
			return keystore;
		}
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, new SecureRandom());
			KeyPair keys = generator.generateKeyPair();
			X500Name name = new X500Name("CN=localhost, O=Sell-out Portal");
			Instant now = Instant.now();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
					new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
							new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ALIAS, keys.getPrivate(), password.toCharArray(), new X509Certificate[] { certificate });
			Files.createDirectories(keystore.toAbsolutePath().getParent());
			Path written = Files.createTempFile(keystore.toAbsolutePath().getParent(), "ftps", ".tmp");
			try (OutputStream out = Files.newOutputStream(written)) {
				store.store(out, password.toCharArray());
			}
			Files.move(written, keystore, StandardCopyOption.ATOMIC_MOVE);
			return keystore;
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("Cannot make the FTPS certificate at " + keystore, ex);
		}
	}

}
