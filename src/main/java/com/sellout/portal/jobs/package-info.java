/**
 * Jobs: background work (polling the mailbox, writing FTP results, sending mail, telling
 * people about their reports) run through db-scheduler on PostgreSQL, so that with
 * several app nodes on one database each execution is picked by exactly one node. Modules
 * declare their jobs as {@link com.github.kagkarlsson.scheduler.task.Task} beans; this
 * module runs them.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package com.sellout.portal.jobs;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
