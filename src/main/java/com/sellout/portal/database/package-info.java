/**
 * Database: the embedded PostgreSQL (started when no external one is configured), the
 * roles and their passwords, and the data scope every transaction begins with
 * ({@link DataScope}), which the row-level security policies read. Owns the scope
 * functions ({@code db/migration/database}), not a single business table; modules declare
 * the views they publish with {@link ReadViews}.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package com.sellout.portal.database;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
