package com.sellout.portal.identity.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of a person's active web sessions, as they see it.
 *
 * @param id the session's opaque handle — never its id or cookie
 * @param browser a readable name of its User-Agent («Chrome 131 · Windows»), null when
 * none was sent
 * @param current whether it is the session of the request asking
 */
public record WebSession(UUID id, OffsetDateTime startedAt, OffsetDateTime lastSeenAt, @Nullable String address,
		@Nullable String browser, boolean current) {

}
