package com.sellout.portal.ingest.ftp;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FTP drop's settings.
 *
 * @param enabled whether the portal runs its FTP server
 * @param port the control port (0 picks a free one)
 * @param address the address to listen on
 * @param passivePorts the data ports for passive mode, e.g. {@code 30000-30099}
 * @param passiveAddress the address given to clients for passive data connections (behind
 * NAT)
 * @param root where the accounts' homes ({@code <login>/in}, {@code <login>/out}) live;
 * with several nodes, a volume they share
 * @param requireTls whether a client must switch to TLS ({@code AUTH TLS}) before logging
 * in
 * @param keystore a PKCS#12 keystore with the TLS key and certificate; without one the
 * portal generates a self-signed certificate next to the root
 * @param keystorePassword its password
 * @param idleSeconds a connection idle this long is closed
 * @param maxConnections connections at once
 */
@ConfigurationProperties("portal.ftp")
record FtpSettings(@DefaultValue("true") boolean enabled, @DefaultValue("2121") int port,
		@DefaultValue("0.0.0.0") String address, @DefaultValue("30000-30099") String passivePorts,
		String passiveAddress, @DefaultValue("./data/ftp") Path root, @DefaultValue("false") boolean requireTls,
		Path keystore, @DefaultValue("sellout-ftps") String keystorePassword, @DefaultValue("300") int idleSeconds,
		@DefaultValue("50") int maxConnections) {
}
