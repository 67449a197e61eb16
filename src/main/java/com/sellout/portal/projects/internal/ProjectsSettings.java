package com.sellout.portal.projects.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How projects are kept.
 *
 * @param protectionDays how long an approved project is protected for its distributor
 * (and by how much the manufacturer extends it)
 * @param expiryCheck how often a node looks for approved projects whose protection ended
 */
@ConfigurationProperties("portal.projects")
public record ProjectsSettings(@DefaultValue("90") int protectionDays, @DefaultValue("1h") Duration expiryCheck) {
}
