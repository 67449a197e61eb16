/**
 * Messaging: mail in and out. Outgoing mail (replies to e-mail deliveries, notifications,
 * password links, invitations) is queued in PostgreSQL with the change that caused it and
 * sent by a job; the intake mailbox is reached over IMAP. Without an SMTP host the portal
 * starts an embedded mail server (GreenMail), so that everything can be tried locally.
 */
@ApplicationModule(allowedDependencies = { "database", "jobs", "shared" })
@NullMarked
package com.sellout.portal.messaging;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
