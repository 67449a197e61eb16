package com.sellout.portal.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each import's row-by-row outcomes, so the result file can be downloaded later.
 */
@Service
public class ImportLog {

	private final JdbcClient jdbc;

	ImportLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ImportSummary save(String kind, String fileName, List<RowOutcome> outcomes) {
		return save(kind, fileName, null, outcomes);
	}

	/**
	 * Saves the result of an import made for a distributor (null: the manufacturer's
	 * own).
	 */
	@Transactional
	public ImportSummary save(String kind, String fileName, Long distributorId, List<RowOutcome> outcomes) {
		int added = count(outcomes, RowOutcome.Outcome.ADDED);
		int updated = count(outcomes, RowOutcome.Outcome.UPDATED);
		int unchanged = count(outcomes, RowOutcome.Outcome.UNCHANGED);
		int skipped = count(outcomes, RowOutcome.Outcome.SKIPPED);
		int warnings = (int) outcomes.stream().filter(RowOutcome::isWarning).count();
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String by = auth == null ? null : auth.getName();
		long id = jdbc
			.sql("""
					insert into import_results (kind, file_name, imported_by, total_rows, added, updated, unchanged, skipped,
					                            warnings, outcomes, distributor_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(kind, fileName, by, outcomes.size(), added, updated, unchanged, skipped, warnings,
					outcomes.stream().map(RowOutcome::encode).collect(Collectors.joining("\n")), distributorId)
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	/** An import result the caller may see (row-level security decides), else empty. */
	@Transactional(readOnly = true)
	public Optional<ImportSummary> find(long id) {
		return jdbc.sql("select * from import_results where id = ?")
			.param(id)
			.query((rs, n) -> new ImportSummary(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
					rs.getObject("imported_at", OffsetDateTime.class), rs.getString("imported_by"),
					rs.getInt("total_rows"), rs.getInt("added"), rs.getInt("updated"), rs.getInt("unchanged"),
					rs.getInt("skipped"), rs.getInt("warnings"), decode(rs.getString("outcomes"))))
			.optional();
	}

	private static List<RowOutcome> decode(String text) {
		return text.isEmpty() ? List.of() : text.lines().map(RowOutcome::decode).toList();
	}

	private static int count(List<RowOutcome> outcomes, RowOutcome.Outcome outcome) {
		return (int) outcomes.stream().filter(o -> o.outcome() == outcome).count();
	}

}
