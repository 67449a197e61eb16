package com.sellout.portal.identity;

import java.time.OffsetDateTime;

/**
 * A user as administrators see it; the password hash never leaves the identity module.
 */
public record UserAccount(long id, String login, String name, String email, String phone, Role role, Long distributorId,
		String language, boolean active, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
