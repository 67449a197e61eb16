package com.sellout.portal.sellout.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.LayoutDetection;
import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.reading.FileType;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableFile;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportKind;

import org.springframework.stereotype.Component;

/**
 * What a report is, sell-out or stock, decided before its lines are read: what its sender
 * (or a person since) said, else a layout a person confirmed for it, else its content — a
 * canonical JSON saying {@code "kind": "stock"}, a table whose header has a closing
 * balance and no buyer ({@link LayoutDetection#kindOf}); a 1C exchange document, and
 * whatever the 1C exchange ({@code /1c_exchange}) delivers, is sales. A table whose
 * header may be either is held for a person to say (portal, API), or refused on a channel
 * without one (FTP, e-mail), with that reason.
 */
@Component
class ReportKinds {

	private final ReportStore store;

	ReportKinds(ReportStore store) {
		this.store = store;
	}

	/** Stops reading a table once its first rows are in: its header is among them. */
	private static final class HeadRead extends RuntimeException {

		HeadRead() {
			super("The first rows are read", null, false, false);
		}

	}

	/**
	 * @throws NeedsPerson when a table's header may be either and a person can say
	 * @throws RejectedForChannel the same on a channel without a person
	 * @throws RefusedFileException a table naming buyers sent as stock
	 */
	ReportKind of(ReportStore.Pending report, SourceFormat.Detected detected, Path original, TimeBudget budget) {
		if (report.requestedKind() == ReportKind.STOCK && detected.source() == SourceFormat.TABLE
				&& !report.layoutConfirmed()
				&& LayoutDetection.namesABuyer(head(new TableFile(original, detected.table(), budget::watch)))) {
			// a sales report sent as stock would replace the distributor's real stock of
			// its date
			throw new RefusedFileException("sellout.rejected.salesAsStock", "A table with buyers sent as stock");
		}
		if (report.requestedKind() != null) {
			return report.requestedKind();
		}
		if (report.source() == Channel.ONEC_EXCHANGE) {
			return ReportKind.SELLOUT; // the 1C exchange delivers sales only
		}
		if (detected.source() == null) {
			return ReportKind.SELLOUT; // refused as it was told where it came in
		}
		return switch (detected.source()) {
			case CANONICAL_JSON -> CanonicalJsonSource.isStock(new TableFile(original, budget::watch).bytes())
					? ReportKind.STOCK : ReportKind.SELLOUT;
			case ENTERPRISE_DATA, COMMERCE_ML -> ReportKind.SELLOUT;
			case TABLE -> ofTable(report, new TableFile(original, detected.table(), budget::watch));
		};
	}

	/** The table's first rows, where its header is. */
	private static List<RawRow> head(TableFile file) {
		List<RawRow> top = new ArrayList<>();
		try {
			TableReader.read(file, row -> {
				top.add(row);
				if (top.size() > LayoutDetection.SEARCHED_ROWS) {
					throw new HeadRead();
				}
			}, row -> {
			});
		}
		catch (HeadRead enough) {
			// the header is among the rows read
		}
		return top;
	}

	private ReportKind ofTable(ReportStore.Pending report, TableFile file) {
		if (report.layoutConfirmed() && report.layout() != null) {
			return ReportKind.valueOf(report.layout().tableKind().name());
		}
		List<RawRow> top = head(file);
		Map<String, Layout> templates = store.templates(report.distributorId());
		Optional<TableKind> kind = LayoutDetection.kindOf(top, templates);
		if (kind.isPresent()) {
			return ReportKind.valueOf(kind.get().name());
		}
		String format = file.type() == FileType.TEXT ? "CSV" : file.type().name();
		if (report.source().hasPerson()) {
			// the stock layout is the likelier: nothing in the header is a sale's
			throw new NeedsPerson(format, LayoutDetection.detect(top, templates, false, TableKind.STOCK).layout(),
					"sellout.needsMapping.kind");
		}
		throw new RejectedForChannel(format, "sellout.rejected.kind");
	}

}
