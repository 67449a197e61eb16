/**
 * Projects (deal registration, B2B): a distributor registers a large potential deal of
 * one end client — the object, its address and region, the products and quantities, the
 * dates, the estimated amount — and the manufacturer approves it (protected for that
 * distributor for {@code portal.projects.protection-days}, extendable), rejects it with a
 * reason or asks a question in a thread; the distributor marks an approved project won or
 * lost, and protection that ends without an outcome expires it. Conflicts with other
 * distributors' active projects (same client and address, or a similar object name in the
 * same region) are computed in the manufacturer's all-distributors scope and shown to the
 * manufacturer only. A won project's lines become named orders of the forecast. The root
 * package is the module's API ({@link com.sellout.portal.projects.Projects},
 * {@link com.sellout.portal.projects.ProjectDecisions}).
 */
@ApplicationModule(allowedDependencies = { "analytics", "audit", "catalog", "clients", "conversations", "database",
		"distributors", "forecasting", "identity", "jobs", "shared" })
@NullMarked
package com.sellout.portal.projects;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
