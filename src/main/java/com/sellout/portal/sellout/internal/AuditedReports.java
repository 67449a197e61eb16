package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.audit.AuditSubjects;
import com.sellout.portal.shared.DisplayDates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of the audit log as people name them — «Отчёт о продажах за Сентябрь 2026,
 * версия 2», «Остатки на 30.09.2026» — linked to their pages.
 */
@Component
class AuditedReports implements AuditSubjects {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AuditedReports(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Set<String> types() {
		return Set.of("sellout-report");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> name(String type, Collection<String> ids) {
		Locale locale = LocaleContextHolder.getLocale();
		return AuditSubjects.byNumbers(jdbc,
				"select id, kind, period, as_of, version, file_name from sellout_reports where id in (:ids)", ids,
				(rs, row) -> {
					long id = rs.getLong("id");
					boolean stock = "STOCK".equals(rs.getString("kind"));
					LocalDate period = rs.getObject("period", LocalDate.class);
					LocalDate asOf = rs.getObject("as_of", LocalDate.class);
					String when = stock ? DisplayDates.date(asOf, locale) : DisplayDates.month(period, locale);
					String name = when.isEmpty()
							? messages.getMessage("audit.report.unread", new Object[] { rs.getString("file_name") },
									locale)
							: messages.getMessage(stock ? "audit.report.STOCK" : "audit.report.SELLOUT",
									new Object[] { when }, locale);
					int version = rs.getInt("version");
					if (!rs.wasNull()) {
						name += messages.getMessage("audit.report.version", new Object[] { version }, locale);
					}
					return Map.entry(Long.toString(id),
							new Subject(name, (stock ? "/sellout/stock-reports/" : "/sellout/reports/") + id));
				});
	}

}
