/**
 * Tasks and interactions (B2B, issue 24): a user's tasks with a due date, an assignee of
 * the same organisation and a link to a client, a sell-out report, a conversation or a
 * project (checked through the owning module: one the caller cannot see is missing), a
 * reminder by e-mail on the due day; calls, meetings, visits and e-mails planned and done
 * with a client or a distributor, the manufacturer's about a distributor internal (the
 * database policy hides them from the distributor's scope). The root package is the
 * module's API ({@link com.sellout.portal.tasks.Tasks},
 * {@link com.sellout.portal.tasks.Interactions}).
 */
@ApplicationModule(allowedDependencies = { "audit", "clients", "conversations", "database", "distributors", "identity",
		"jobs", "messaging", "projects", "sellout", "shared" })
@NullMarked
package com.sellout.portal.tasks;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
