/**
 * Clients: the one registry of end clients (partners) shared by distributors —
 * registration and the manufacturer's decisions, requisites, segments, assignments,
 * managers' scopes, history and exports. Owns the client tables; sell-out reaches them
 * through {@link ClientDirectory}; the BI feed and the reporting schema read
 * {@code client_directory} (no contact persons), {@code client_segment_directory} and
 * {@code client_distributors}.
 */
@ApplicationModule(
		allowedDependencies = { "audit", "database", "distributors", "identity", "imports", "reading", "shared" })
@ReadViews({ "client_directory", "client_segment_directory", "client_distributors" })
@NullMarked
package com.sellout.portal.clients;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
