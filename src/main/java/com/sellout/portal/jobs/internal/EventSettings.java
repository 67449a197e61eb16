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
 */
@ConfigurationProperties("portal.events")
record EventSettings(@DefaultValue("7d") Duration retention) {
}
