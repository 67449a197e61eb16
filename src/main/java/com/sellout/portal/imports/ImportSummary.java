package com.sellout.portal.imports;

import java.time.OffsetDateTime;
import java.util.List;

/** The result of one import: counts, and every row's outcome. */
public record ImportSummary(long id, String kind, String fileName, OffsetDateTime importedAt, String importedBy,
		int totalRows, int added, int updated, int unchanged, int skipped, int warnings, List<RowOutcome> outcomes) {

	/** The rows people should look at: skipped ones and those imported with a warning. */
	public List<RowOutcome> problems() {
		return outcomes.stream().filter(o -> o.outcome() == RowOutcome.Outcome.SKIPPED || o.isWarning()).toList();
	}

}
