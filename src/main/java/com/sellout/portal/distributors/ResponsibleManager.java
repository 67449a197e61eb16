package com.sellout.portal.distributors;

/**
 * A manufacturer's user who can answer for a distributor: an administrator or analyst.
 *
 * @param role {@code ADMIN} or {@code ANALYST}
 */
public record ResponsibleManager(long userId, String name, String role, boolean active) {
}
