package com.sellout.portal.ingest.ftp;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.support.PortalTest;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code portal.ftp.require-tls} a plain login is refused and the same login over
 * FTPS works.
 */
class RequiredTlsTest extends PortalTest {

	@Autowired
	private AuthenticationManager authentication;

	@Autowired
	private DeliveredFiles files;

	@Autowired
	private DeliveryLog deliveries;

	@Autowired
	private IntegrationSender sender;

	@Autowired
	private AccessRevocation access;

	@Test
	void aPlainLoginIsRefusedWhenTlsIsRequired() throws Exception {
		Path root = Files.createTempDirectory("ftp-tls").resolve("homes");
		FtpSettings settings = new FtpSettings(true, 0, "127.0.0.1", "0", null, root, true, null, "test-pass", 60, 5);
		FtpDrop drop = new FtpDrop(settings, authentication, files, deliveries, sender, access);
		drop.start();
		try {
			FTPClient plain = new FTPClient();
			plain.connect("localhost", drop.port());
			assertThat(plain.login("alfa.1c", "demo")).isFalse();
			assertThat(plain.getReplyString()).contains("TLS is required");
			plain.disconnect();

			FTPSClient secure = new FTPSClient(false);
			secure.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
			secure.connect("localhost", drop.port());
			secure.execPBSZ(0);
			secure.execPROT("P");
			assertThat(secure.login("alfa.1c", "demo")).isTrue();
			secure.logout();
			secure.disconnect();

			// TLS on the control connection only: the data would travel in clear, so no
			// data command works
			FTPSClient clearData = new FTPSClient(false);
			clearData.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
			clearData.connect("localhost", drop.port());
			clearData.execPBSZ(0);
			assertThat(clearData.login("alfa.1c", "demo")).isTrue();
			clearData.enterLocalPassiveMode();
			String name = "clear-" + System.nanoTime() + ".csv";
			assertThat(clearData.storeFile("/in/" + name, new ByteArrayInputStream("a;b\n1;2\n".getBytes()))).isFalse();
			assertThat(clearData.getReplyCode()).isEqualTo(521);
			assertThat(clearData.getReplyString()).contains("PROT P");
			assertThat(clearData.listNames("/out")).isNull();
			assertThat(clearData.getReplyString()).contains("PROT P");
			assertThat(clearData.sendCommand("PROT", "C")).as("PROT C itself refused").isEqualTo(534);
			assertThat(root.resolve("alfa.1c/in/" + name)).doesNotExist();
			clearData.disconnect();
		}
		finally {
			drop.stop();
		}
		// the generated certificate: self-signed for localhost, kept next to the homes
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (var in = Files.newInputStream(root.resolveSibling("ftps-keystore.p12"))) {
			store.load(in, "test-pass".toCharArray());
		}
		X509Certificate certificate = (X509Certificate) store.getCertificate(SelfSignedCertificate.ALIAS);
		assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
		certificate.checkValidity();
	}

}
