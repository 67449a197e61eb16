package com.sellout.portal.sellout.internal;

import java.nio.file.Path;

import com.sellout.portal.reading.TableFile;
import com.sellout.portal.sellout.ReportKind;

import org.springframework.stereotype.Component;

/**
 * The stock report's part of one attempt at a report, within {@link ReportProcessor}'s
 * transaction: what the report is ({@link ReportKinds}), and a stock report read into its
 * stock lines ({@link StockReading}) and settled ({@link StockSettling}). Everything else
 * of the attempt — the claim, the original, the outcome's event, the refusals — is the
 * sell-out report's own machinery.
 */
@Component
class StockProcessing {

	private final ReportStore store;

	private final ReportKinds kinds;

	private final StockReading reading;

	private final StockSettling settling;

	StockProcessing(ReportStore store, ReportKinds kinds, StockReading reading, StockSettling settling) {
		this.store = store;
		this.kinds = kinds;
		this.reading = reading;
		this.settling = settling;
	}

	/**
	 * @throws NeedsPerson when a table may be either kind and a person can say
	 * @throws RejectedForChannel the same on a channel without a person
	 */
	ReportKind kindOf(ReportStore.Pending report, Path original, TimeBudget budget) {
		return kinds.of(report, detected(report, original, budget), original, budget);
	}

	/**
	 * @throws NeedsPerson when the layout or the as-of date needs a person
	 * @throws RejectedForChannel when the as-of date is unknown and the channel has no
	 * person
	 */
	void process(ReportStore.Pending report, Path original, TimeBudget budget) {
		settling.settle(report, reading.read(report, detected(report, original, budget), original, budget));
	}

	/**
	 * What the file is, as told where it came in (a report kept from before that is told
	 * here, the same way).
	 */
	private SourceFormat.Detected detected(ReportStore.Pending report, Path original, TimeBudget budget) {
		return store.detectedFormat(report.id())
			.orElseGet(() -> SourceFormat.Detected.of(new TableFile(original, budget::watch).head(SourceFormat.HEAD)));
	}

}
