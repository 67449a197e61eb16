/**
 * Ingest: the channels that deliver files without a person at the portal — the FTP drop
 * and the e-mail mailbox — and the log of every such delivery. Each channel stores the
 * bytes through the sell-out pipeline first, then a job answers the sender (a result file
 * in {@code out/}, a reply mail) once the reports are processed. The root package is the
 * module's API.
 */
@ApplicationModule(allowedDependencies = { "audit", "database", "distributors", "identity", "jobs", "messaging",
		"sellout", "shared" })
@NullMarked
package com.sellout.portal.ingest;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
