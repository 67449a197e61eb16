package com.sellout.portal.jobs.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event publication registry's settings ({@code portal.events.*}).
 *
 * @param retention how long a publication every listener has handled stays in
 * {@code event_publication} (to look at what happened) before it is deleted; publications
 * a listener still owes are never deleted
 * @param resubmitAfter how long a publication may stay unhandled (its listener failed:
 * the database away, say) before it is delivered to its listener again
 */
@ConfigurationProperties("portal.events")
record EventSettings(@DefaultValue("7d") Duration retention, @DefaultValue("5m") Duration resubmitAfter) {
}
