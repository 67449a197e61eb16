package com.sellout.portal.web;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A status badge's colour by what the status means, the same on every page: blocked,
 * rejected and failed red; awaiting someone (on review, pending, open) amber; active,
 * approved, accepted green; archived, replaced and withdrawn grey. Used from templates as
 * {@code class="badge" th:classappend="${@tones.of(c.status())}"}.
 */
@Component("tones")
class StatusTones {

	private static final Map<String, String> TONES = Map.ofEntries(Map.entry("ACTIVE", "ok"),
			Map.entry("APPROVED", "ok"), Map.entry("ACCEPTED", "ok"), Map.entry("PROCESSED", "ok"),
			Map.entry("DONE", "ok"), Map.entry("ON_REVIEW", "warn"), Map.entry("PENDING", "warn"),
			Map.entry("NEW", "warn"), Map.entry("OPEN", "warn"), Map.entry("RECEIVED", "warn"),
			Map.entry("EXCEPTIONS", "warn"), Map.entry("BLOCKED", "bad"), Map.entry("REJECTED", "bad"),
			Map.entry("FAILED", "bad"), Map.entry("QUARANTINED", "bad"), Map.entry("ARCHIVED", "off"),
			Map.entry("SUPERSEDED", "off"), Map.entry("WITHDRAWN", "off"), Map.entry("MERGED", "off"),
			Map.entry("INACTIVE", "off"), Map.entry("CANCELLED", "off"),
			// projects (issue 24)
			Map.entry("WON", "ok"), Map.entry("LOST", "off"), Map.entry("EXPIRED", "off"));

	/** "ok", "warn", "bad", "off" or "" (neutral) for a status (an enum or its name). */
	public String of(Object status) {
		String name = status instanceof Enum<?> e ? e.name() : String.valueOf(status);
		return TONES.getOrDefault(name, "");
	}

}
