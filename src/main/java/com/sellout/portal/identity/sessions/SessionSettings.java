package com.sellout.portal.identity.sessions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a person's web session lasts.
 *
 * @param idleTimeout a session not used for this long ends (a working day with its
 * breaks); becomes the stored session's max inactive interval when the person's session
 * is first recorded
 * @param absoluteLifetime a session ends this long after it was first recorded (about the
 * login), however busy: a stolen cookie does not last forever, and a person logs in again
 * the next morning
 */
@ConfigurationProperties("portal.security.sessions")
public record SessionSettings(@DefaultValue("8h") Duration idleTimeout,
		@DefaultValue("12h") Duration absoluteLifetime) {

}
