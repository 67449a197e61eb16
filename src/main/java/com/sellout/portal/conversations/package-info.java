/**
 * Conversations: threads between the manufacturer and one distributor, about a report, a
 * line of a report, a client, a period, a product's stock or nothing in particular;
 * messages with attachments, internal notes the distributor never sees (the database
 * policy hides them), followers told by e-mail and answering by e-mail. The root package
 * is the module's API ({@link com.sellout.portal.conversations.Conversations}).
 */
@ApplicationModule(allowedDependencies = { "audit", "calendar", "catalog", "clients", "database", "distributors",
		"identity", "ingest", "messaging", "sellout", "shared" })
@NullMarked
package com.sellout.portal.conversations;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
