package com.sellout.portal.database.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded PostgreSQL listening beyond the loopback, for the reporting roles only.
 *
 * @param listenAddress an address of this machine, or {@code *} for all (PostgreSQL's
 * {@code listen_addresses}); the loopback is always added for the portal's own
 * connections
 * @param reportingGroup the role whose members may log in from outside, over TLS
 * @param publicHost the name tools connect to, put in a generated certificate; may be
 * blank
 * @param certificate a configured PEM certificate, or null for one generated and kept in
 * the data directory
 * @param key its PEM private key, or null
 */
public record OutsideAccess(String listenAddress, String reportingGroup, String publicHost, Path certificate,
		Path key) {

	/** PostgreSQL's {@code listen_addresses}: the loopback and the configured one. */
	String listenAddresses(String loopback) {
		String address = listenAddress.strip();
		return address.equals("*") || address.equals("0.0.0.0") ? "*" : loopback + "," + address;
	}

	/** The names a generated certificate is made for. */
	List<String> certificateNames() {
		List<String> names = new ArrayList<>();
		if (publicHost != null && !publicHost.isBlank()) {
			names.add(publicHost.strip());
		}
		String address = listenAddress.strip();
		if (!address.equals("*") && !address.equals("0.0.0.0")) {
			names.add(address);
		}
		if (names.isEmpty()) {
			names.add("localhost");
		}
		return names;
	}

	ServerCertificate serverCertificate(Path dataDir) {
		return certificate != null && key != null ? ServerCertificate.configured(certificate, key)
				: ServerCertificate.keptIn(dataDir, certificateNames());
	}

}
