package com.sellout.portal.sellout.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an exception line was received with, as sell-out and stock lines both keep it (a
 * JSON object of canonical keys in their {@code source} column): read back into a line to
 * be checked again, and one value of it changed by a person — which changes the report
 * (its revision), even when the check then finds the same.
 */
final class ExceptionSources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExceptionSources() {
	}

	static SourceLine sourceLine(int number, String json) {
		SourceLine line = new SourceLine(number);
		values(json).forEach((key, value) -> CanonicalField.byKey(key).ifPresent(field -> line.set(field, value)));
		return line;
	}

	/**
	 * Sets (or, blank, removes) one received value of an open exception of the report in
	 * {@code table} ({@code sellout_lines} or {@code stock_lines}) and counts the report
	 * changed; answers the report's distributor.
	 * @throws NotFoundException no open exception of that report and line
	 */
	static long correct(JdbcClient jdbc, String table, long reportId, int lineNo, CanonicalField field, String value) {
		String source = jdbc
			.sql("select source::text from " + table + " where report_id = ? and line_no = ? and not accepted")
			.params(reportId, lineNo)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		Map<String, String> values = new LinkedHashMap<>(values(source));
		if (value == null || value.isBlank()) {
			values.remove(field.key());
		}
		else {
			values.put(field.key(), value.strip());
		}
		jdbc.sql("update " + table + " set source = ?::jsonb where report_id = ? and line_no = ?")
			.params(JSON.writeValueAsString(values), reportId, lineNo)
			.update();
		jdbc.sql("update sellout_reports set revision = revision + 1 where id = ?").param(reportId).update();
		return jdbc.sql("select distributor_id from sellout_reports where id = ?")
			.param(reportId)
			.query(Long.class)
			.single();
	}

	private static Map<String, String> values(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}

}
