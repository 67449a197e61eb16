/**
 * Clients: the one registry of end clients (partners) shared by distributors —
 * registration and the manufacturer's decisions, requisites, segments, assignments,
 * managers' scopes, history and exports. Owns the client tables; sell-out reaches them
 * through {@link ClientDirectory}.
 */
@ApplicationModule(
		allowedDependencies = { "audit", "database", "distributors", "identity", "imports", "reading", "shared" })
@NullMarked
package com.sellout.portal.clients;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
