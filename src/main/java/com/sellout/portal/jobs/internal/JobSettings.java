package com.sellout.portal.jobs.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether this node runs jobs at all (a node may serve pages only)
 * @param threads jobs run at once on this node
 * @param pollingInterval how often the node looks for due jobs
 * @param heartbeat how often a running job shows it is alive; a job whose node stopped
 * beating is picked up by another node
 */
@ConfigurationProperties("portal.jobs")
record JobSettings(@DefaultValue("true") boolean enabled, @DefaultValue("4") int threads,
		@DefaultValue("1s") Duration pollingInterval, @DefaultValue("30s") Duration heartbeat) {
}
