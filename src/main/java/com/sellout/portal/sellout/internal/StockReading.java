package com.sellout.portal.sellout.internal;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Consumer;

import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.reading.TableFile;

import org.springframework.stereotype.Component;

/**
 * Reads a stock report's stored original into checked lines, written in the processing
 * transaction: a table through the same {@link TabularSource} as a sell-out report's
 * (with a stock report's layout and the distributor's stock templates), the canonical
 * JSON through {@link CanonicalJsonSource}; each line checked by
 * {@link StockLineValidator} against the same {@link ReportContext} sell-out loads. A 1C
 * exchange document holds sales, never stock, and is refused as a stock report.
 */
@Component
class StockReading {

	private final ReportStore store;

	private final ReportContexts contexts;

	private final StockLines stockLines;

	StockReading(ReportStore store, ReportContexts contexts, StockLines stockLines) {
		this.store = store;
		this.contexts = contexts;
		this.stockLines = stockLines;
	}

	/** What reading told: the file's own information and the lines' counts. */
	record Read(SourceInfo info, StockTally tally) {
	}

	/**
	 * @throws NeedsPerson when the table's layout needs a person
	 */
	Read read(ReportStore.Pending report, SourceFormat.Detected detected, Path original, TimeBudget budget) {
		if (detected.source() == null) {
			throw detected.refusal();
		}
		TableFile file = new TableFile(original, detected.table(), budget::watch);
		ReportContext context = contexts.of(report.distributorId());
		StockLineValidator validator = new StockLineValidator(context);
		StockTally tally = new StockTally();
		StockLines.Writer writer = stockLines.open(report.id(), report.distributorId());
		Consumer<SourceLine> each = line -> {
			budget.check();
			ValidatedLine checked = validator.validate(line);
			tally.add(checked);
			writer.add(checked);
		};
		SourceInfo info;
		try {
			info = switch (detected.source()) {
				case TABLE -> table(report).read(file, each);
				case CANONICAL_JSON -> new CanonicalJsonSource().read(file.bytes(), each);
				case ENTERPRISE_DATA, COMMERCE_ML ->
					throw new RefusedFileException("sellout.rejected.notStock", "A 1C exchange document holds sales");
			};
		}
		catch (NeedsMappingException needs) {
			throw new NeedsPerson(needs.format(), needs.suggested(), "sellout.needsMapping.layout");
		}
		writer.flush();
		return new Read(info, tally);
	}

	private TabularSource table(ReportStore.Pending report) {
		YearMonth known = report.requestedPeriod() == null ? null : YearMonth.from(report.requestedPeriod());
		return new TabularSource(store.templates(report.distributorId()),
				report.layoutConfirmed() ? report.layout() : null, known, TableKind.STOCK);
	}

}
