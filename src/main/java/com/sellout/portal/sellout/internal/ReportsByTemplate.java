package com.sellout.portal.sellout.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.mapping.TemplateUsage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sell-out's answer to mapping's question which reports a template read: the reports are
 * sell-out's rows.
 */
@Component
class ReportsByTemplate implements TemplateUsage {

	private final JdbcClient jdbc;

	ReportsByTemplate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> reportCounts(Collection<Long> templateIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (templateIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("select template_id, count(*) from sellout_reports where template_id = any(?) group by template_id")
			.param(templateIds.toArray(Long[]::new))
			.query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return counts;
	}

	@Override
	public List<Long> reports(long templateId, int limit) {
		return jdbc.sql("select id from sellout_reports where template_id = ? order by received_at desc limit ?")
			.params(templateId, limit)
			.query(Long.class)
			.list();
	}

}
