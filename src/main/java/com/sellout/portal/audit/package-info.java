/**
 * Audit: the append-only log of who changed what, with the distributor it concerns, read
 * in the caller's data scope. Owns {@code audit_events}.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package com.sellout.portal.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
