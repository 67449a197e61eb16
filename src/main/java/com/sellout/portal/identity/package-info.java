/**
 * Identity: users, roles, login and its throttling, password links, integration accounts
 * and their tokens, web sessions and their revocation, and the current user's data scope
 * (which distributor and clients a user may see). Owns the users, tokens and session
 * tables.
 */
@ApplicationModule(allowedDependencies = { "audit", "database", "distributors", "messaging", "shared" })
@NullMarked
package com.sellout.portal.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
