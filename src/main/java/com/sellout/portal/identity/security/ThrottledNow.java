package com.sellout.portal.identity.security;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import com.sellout.portal.audit.LoginBlocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What {@link LoginThrottle} refuses right now, for the audit's failed-logins page. */
@Component
class ThrottledNow implements LoginBlocks {

	private final JdbcClient jdbc;

	ThrottledNow(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, OffsetDateTime> blockedLogins() {
		return blocked("account:");
	}

	@Override
	public Map<String, OffsetDateTime> blockedAddresses() {
		return blocked("address:");
	}

	private Map<String, OffsetDateTime> blocked(String prefix) {
		Map<String, OffsetDateTime> blocked = new HashMap<>();
		jdbc.sql("select key, blocked_until from login_throttle where key like :prefix and blocked_until > now()")
			.param("prefix", prefix + "%")
			.query((rs, row) -> blocked.put(rs.getString(1).substring(prefix.length()),
					rs.getObject(2, OffsetDateTime.class)))
			.list();
		return blocked;
	}

}
