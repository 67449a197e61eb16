package com.sellout.portal.sellout.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.function.Consumer;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.reading.TableFile;

import org.springframework.stereotype.Component;

/**
 * Reads a report's stored original into checked lines, staged in the processing
 * transaction: the format's {@link LineSource} gives the lines, {@link LineValidator}
 * checks each against what the report's context knows, a {@link Tally} counts them and
 * {@link StagedLines} copies them on. Memory holds one buffer of lines, whatever the row
 * count.
 */
@Component
class ReportReading {

	private final ReportStore store;

	private final Distributors distributors;

	private final ReportContexts contexts;

	private final LineLoader loader;

	ReportReading(ReportStore store, Distributors distributors, ReportContexts contexts, LineLoader loader) {
		this.store = store;
		this.distributors = distributors;
		this.contexts = contexts;
		this.loader = loader;
	}

	/**
	 * What reading told: the file's own information, the lines' counts, and the lines
	 * staged (not yet stored: that waits for the report's period).
	 *
	 * @param startedNanos when the lines began to stream, for the processing's log line
	 * @param direct whether the lines were copied as the loader role rather than staged
	 * in a temporary table
	 */
	record Read(SourceInfo info, Tally tally, StagedLines staged, long startedNanos, boolean direct) {
	}

	/**
	 * @throws NeedsPerson when the layout, or the period a title should name, needs a
	 * person
	 * @throws RejectedForChannel when the title's period is unclear and the channel has
	 * no person
	 */
	Read read(ReportStore.Pending report, Path original, TimeBudget budget) {
		// told once where the file came in; a report kept from before that is told here,
		// the same way
		SourceFormat.Detected detected = store.detectedFormat(report.id())
			.orElseGet(() -> SourceFormat.Detected.of(new TableFile(original, budget::watch).head(SourceFormat.HEAD)));
		if (detected.source() == null) {
			throw detected.refusal();
		}
		TableFile file = new TableFile(original, detected.table(), budget::watch);
		YearMonth known = report.requestedPeriod() == null ? null : YearMonth.from(report.requestedPeriod());
		LineSource source = source(detected.source(), report, known);
		ReportContext context = contexts.of(report.distributorId());
		LineValidator validator = new LineValidator(context);
		long started = System.nanoTime();
		Tally tally = new Tally();
		SourceInfo info;
		StagedLines staged = loader.open(report.id(), report.distributorId(), known);
		try (staged) {
			try {
				Consumer<SourceLine> each = line -> {
					budget.check();
					ValidatedLine checked = validator.validate(line);
					tally.add(checked, context);
					stage(staged, checked);
				};
				info = source instanceof TabularSource table ? table.read(file, each) : source.read(file.bytes(), each);
			}
			catch (NeedsMappingException needs) {
				if (needs.why() == NeedsMappingException.Why.LAYOUT) {
					throw new NeedsPerson(needs.format(), needs.suggested(), "sellout.needsMapping.layout");
				}
				if (report.source().hasPerson()) {
					throw new NeedsPerson(needs.format(), needs.suggested(), "sellout.needsMapping.titlePeriod");
				}
				throw new RejectedForChannel(needs.format(), "sellout.rejected.titlePeriod");
			}
			staged.finish();
		}
		catch (SQLException ex) {
			throw LineLoader.databaseFailure("Staging the lines", ex);
		}
		return new Read(info, tally, staged, started, loader.direct());
	}

	/**
	 * The reader of the format: a table through the distributor's templates, a 1C
	 * exchange knowing its own organisation.
	 */
	private LineSource source(SourceFormat format, ReportStore.Pending report, YearMonth known) {
		return switch (format) {
			case TABLE -> new TabularSource(store.templates(report.distributorId()),
					report.layoutConfirmed() ? report.layout() : null, known);
			case ENTERPRISE_DATA ->
				new EnterpriseDataSource(OwnOrganisation.of(report.distributorId(), distributors.all()));
			case COMMERCE_ML -> new CommerceMlSource(OwnOrganisation.of(report.distributorId(), distributors.all()));
			case CANONICAL_JSON -> new CanonicalJsonSource();
		};
	}

	private static void stage(StagedLines staged, ValidatedLine line) {
		try {
			staged.add(line);
		}
		catch (SQLException ex) {
			throw LineLoader.databaseFailure("Staging a line", ex);
		}
	}

}
