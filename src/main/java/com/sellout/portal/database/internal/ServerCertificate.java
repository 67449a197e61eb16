package com.sellout.portal.database.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded PostgreSQL's TLS certificate when it lets reporting roles in from outside:
 * the configured PEM pair, or one made like the FTP drop's (self-signed, ten years) on
 * the first such start and kept in the data directory, so that its fingerprint — what the
 * «Подключение BI» page shows for tools to pin — stays the same across restarts.
 */
final class ServerCertificate {

	static final String CERTIFICATE_FILE = "portal-server.crt";

	static final String KEY_FILE = "portal-server.key";

	private final Path certificate;

	private final Path key;

	private ServerCertificate(Path certificate, Path key) {
		this.certificate = certificate;
		this.key = key;
	}

	/** The configured pair (both PEM files), as they are. */
	static ServerCertificate configured(Path certificate, Path key) {
		if (!Files.isReadable(certificate) || !Files.isReadable(key)) {
			throw new IllegalStateException(
					"The database's TLS certificate " + certificate + " or key " + key + " cannot be read");
		}
		return new ServerCertificate(certificate.toAbsolutePath(), key.toAbsolutePath());
	}

	/**
	 * The pair kept in the data directory, made first for these names (and localhost)
	 * when there is none.
	 */
	static ServerCertificate keptIn(Path dataDir, List<String> names) {
		Path certificate = dataDir.resolve(CERTIFICATE_FILE);
		Path key = dataDir.resolve(KEY_FILE);
		if (!Files.isRegularFile(certificate) || !Files.isRegularFile(key)) {
			make(certificate, key, names);
		}
		return new ServerCertificate(certificate, key);
	}

	Path certificate() {
		return certificate;
	}

	Path key() {
		return key;
	}

	/** SHA-256 of the DER certificate, as colon-separated upper-case hex. */
	String fingerprint() {
		try (InputStream in = Files.newInputStream(certificate)) {
			X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(parsed.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not a certificate: " + certificate, ex);
		}
	}

	private static void make(Path certificate, Path key, List<String> names) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, new SecureRandom());
			KeyPair keys = generator.generateKeyPair();
			X500Name subject = new X500Name(
					"CN=" + names.get(0).replaceAll("[,=+<>#;\"\\\\]", "") + ", O=Sell-out Portal database");
			Instant now = Instant.now();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(Duration.ofDays(3650))), subject, keys.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(names));
			X509Certificate made = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
			// the key first and owner-only: PostgreSQL refuses a key others may read
			write(key, pem(keys.getPrivate()), true);
			write(certificate, pem(made), false);
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("Cannot make the database's TLS certificate at " + certificate, ex);
		}
	}

	private static GeneralNames alternativeNames(List<String> names) {
		Set<String> all = new LinkedHashSet<>(names);
		all.add("localhost");
		all.add("127.0.0.1");
		List<GeneralName> general = new ArrayList<>();
		for (String name : all) {
			boolean address = name.matches("[0-9.]+") || name.contains(":");
			if (address) {
				try {
					general.add(new GeneralName(GeneralName.iPAddress, InetAddress.getByName(name).getHostAddress()));
				}
				catch (IOException notAnAddress) {
					// not an address after all: left out
				}
			}
			else if (!name.isBlank() && !name.equals("*")) {
				general.add(new GeneralName(GeneralName.dNSName, name.toLowerCase(Locale.ROOT)));
			}
		}
		return new GeneralNames(general.toArray(GeneralName[]::new));
	}

	private static String pem(Object object) throws IOException {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(object);
		}
		return text.toString();
	}

	private static void write(Path file, String content, boolean secret) throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "tls", ".tmp");
		if (secret) {
			try {
				Files.setPosixFilePermissions(temporary, DatabasePasswords.OWNER_ONLY);
			}
			catch (UnsupportedOperationException notPosix) {
				// not a POSIX file system: its own ACLs apply
			}
		}
		Files.writeString(temporary, content, StandardCharsets.US_ASCII);
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

}
