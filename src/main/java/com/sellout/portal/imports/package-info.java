/**
 * Imports: the row-by-row outcome of every import (catalog, price floors, sell-in,
 * clients) kept so that its result file can be downloaded later. Owns
 * {@code import_results}.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package com.sellout.portal.imports;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
