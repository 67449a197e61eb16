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
 */
@ConfigurationProperties("portal.database")
record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable, @DefaultValue("false") boolean clean,
		@DefaultValue("sellout_app") String appRole, @DefaultValue("") String appPassword) {
}
