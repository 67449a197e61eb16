package com.sellout.portal.ingest.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.audit.AuditSubjects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incoming files of the audit log (a mail released from or discarded in quarantine)
 * by their sender and subject, linked to the log of incoming files.
 */
@Component
class AuditedDeliveries implements AuditSubjects {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AuditedDeliveries(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Set<String> types() {
		return Set.of("delivery");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> name(String type, Collection<String> ids) {
		Locale locale = LocaleContextHolder.getLocale();
		return AuditSubjects.byNumbers(jdbc, "select id, sender, subject from deliveries where id in (:ids)", ids,
				(rs, row) -> {
					String subject = rs.getString("subject");
					String name = messages.getMessage("audit.delivery", new Object[] { rs.getString("sender") }, locale)
							+ (subject == null || subject.isBlank() ? "" : " «" + subject + "»");
					return Map.entry(Long.toString(rs.getLong("id")), new Subject(name, "/deliveries"));
				});
	}

}
