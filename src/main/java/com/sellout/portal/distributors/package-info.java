/**
 * Distributors: the register of distributors, their contracts and reporting frequency; a
 * deactivated distributor is announced ({@link DistributorDeactivated}), so is a changed
 * transit time ({@link DistributorTransitChanged}). Owns {@code distributors} and
 * publishes {@code distributor_directory} (id, code, name, active, transit_days) for
 * others to read.
 */
@ApplicationModule(allowedDependencies = { "audit", "database", "shared" })
@ReadViews("distributor_directory")
@NullMarked
package com.sellout.portal.distributors;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
