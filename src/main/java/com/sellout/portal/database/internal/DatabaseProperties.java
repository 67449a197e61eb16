package com.sellout.portal.database.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database settings of the portal.
 *
 * @param dataDir where the embedded PostgreSQL keeps its files (only without an external
 * URL)
 * @param port the embedded PostgreSQL's port; 0 picks a free one
 * @param durable fsync and synchronous_commit on for the embedded database (off only in
 * tests)
 * @param clean wipe the embedded data directory at start (tests only)
 * @param appRole the login role the application's runtime connections use: owns no table,
 * has no BYPASSRLS; Flyway grants it rights on the schema's tables
 * @param appPassword its password (embedded database only; an external one takes
 * spring.datasource.password); by default generated on first start and kept with the
 * superuser's and the owner's in the data directory (mode 600)
 * @param listenAddress where the embedded PostgreSQL listens beyond the loopback for the
 * reporting roles (over TLS); blank or a loopback address: nowhere else
 * @param publicHost the host name BI tools connect to; for an external database, setting
 * it is what tells the «Подключение BI» page that reporting logins are possible
 * @param publicPort the port they connect to; 0: the embedded server's, or 5432
 * @param sslCertificate a PEM certificate for the embedded server; blank: one is made
 * @param sslKey its PEM key (mode 600)
 * @param reportingGroup the role every reporting login is a member of (also a Flyway
 * placeholder: fixed once the migrations have run)
 */
@ConfigurationProperties("portal.database")
record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable, @DefaultValue("false") boolean clean,
		@DefaultValue("sellout_app") String appRole, @DefaultValue("") String appPassword,
		@DefaultValue("") String listenAddress, @DefaultValue("") String publicHost, @DefaultValue("0") int publicPort,
		@DefaultValue("") String sslCertificate, @DefaultValue("") String sslKey,
		@DefaultValue("sellout_reporting") String reportingGroup) {

	/** Whether the embedded server listens beyond the loopback. */
	boolean listensOutside() {
		String address = listenAddress.strip();
		return !address.isEmpty() && !address.equals("127.0.0.1") && !address.equals("localhost")
				&& !address.equals("::1");
	}

	OutsideAccess outsideAccess() {
		return listensOutside() ? new OutsideAccess(listenAddress, reportingGroup, publicHost,
				sslCertificate.isBlank() ? null : Path.of(sslCertificate), sslKey.isBlank() ? null : Path.of(sslKey))
				: null;
	}

}
