package com.sellout.portal.sellout;

import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.sellout.portal.mapping.Layout;
import com.sellout.portal.sellout.internal.ReportOriginals;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sell-out reports for the people and systems that read them: a report, the lists of
 * reports, a report's versions, its lines and exceptions, its original and the layout it
 * was (or should be) read with. Everything is read in the caller's data scope: a
 * distributor sees its own reports only, and another's is not found. Receiving is the
 * {@link SellOutIntake door}'s, the first rows {@link ReportPreview}'s, a person's layout
 * {@link LayoutCorrection}'s.
 */
@Service
public class SellOutReports {

	private final SellOutReportStore store;

	private final ReportOriginals files;

	SellOutReports(SellOutReportStore store, ReportOriginals files) {
		this.store = store;
		this.files = files;
	}

	@Transactional(readOnly = true)
	public Optional<SellOutReport> find(long id) {
		return store.find(id);
	}

	@Transactional(readOnly = true)
	public SellOutReport get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Which reports a list shows; every part optional. {@code kind} null lists both
	 * kinds; the four-part filter of the sell-out pages lists sell-out reports only, so
	 * that a stock report of a month never shows as a sell-out report of it.
	 */
	public record ReportFilter(Long distributorId, YearMonth period, ReportStatus status, Channel channel,
			ReportKind kind) {

		/** Sell-out reports only. */
		public ReportFilter(Long distributorId, YearMonth period, ReportStatus status, Channel channel) {
			this(distributorId, period, status, channel, ReportKind.SELLOUT);
		}

	}

	/** Which lines of a report a page or an export shows. */
	public enum LineFilter {

		ALL, ACCEPTED, EXCEPTIONS, DEVIATIONS, OUT_OF_PERIOD

	}

	/**
	 * Sell-out reports newest first, filtered by distributor, period and status (each
	 * optional).
	 */
	@Transactional(readOnly = true)
	public PageSlice<SellOutReport> list(Long distributorId, YearMonth period, ReportStatus status, int page,
			int size) {
		return find(new ReportFilter(distributorId, period, status, null), new ListQuery(null, null, true, page, size));
	}

	@Transactional(readOnly = true)
	public PageSlice<SellOutReport> find(ReportFilter filter, ListQuery query) {
		return store.find(filter, query);
	}

	/** The template the report was read with, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> templateOf(long reportId) {
		get(reportId);
		return store.templateOf(reportId);
	}

	/**
	 * Every report of the same distributor and period in the order they were accepted
	 * (their version numbers), then the deliveries merged into the period: the report's
	 * version history. A stock report's are those of its distributor and as-of date.
	 */
	@Transactional(readOnly = true)
	public List<SellOutReport> versions(long reportId) {
		SellOutReport report = get(reportId);
		if (report.kind() == ReportKind.STOCK) {
			return report.asOf() == null ? List.of(report) : store.ofAsOf(report.distributorId(), report.asOf());
		}
		if (report.period() == null) {
			return List.of(report);
		}
		return store.ofPeriod(report.distributorId(), report.period());
	}

	@Transactional(readOnly = true)
	public PageSlice<ReportLine> lines(long reportId, boolean exceptionsOnly, int page, int size) {
		return lines(reportId, exceptionsOnly ? LineFilter.EXCEPTIONS : LineFilter.ALL, page, size);
	}

	@Transactional(readOnly = true)
	public PageSlice<ReportLine> lines(long reportId, LineFilter filter, int page, int size) {
		get(reportId);
		return store.lines(reportId, filter, page, size);
	}

	/**
	 * A page of the lines of a report the caller may see, whose client (name or ИНН) and
	 * product (SKU, the distributor's code or the name) hold the texts given; blank texts
	 * do not filter.
	 * @throws NotFoundException no report of that id in the caller's scope
	 */
	@Transactional(readOnly = true)
	public PageSlice<ReportLine> lines(long reportId, LineFilter filter, @Nullable String client,
			@Nullable String product, int page, int size) {
		get(reportId);
		return store.lines(reportId, filter, client, product, page, size);
	}

	/** One line of a report the caller may see. */
	@Transactional(readOnly = true)
	public Optional<ReportLine> line(long reportId, int lineNo) {
		return find(reportId).flatMap(report -> store.line(reportId, lineNo));
	}

	/** The report's lines under a filter, for a download (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<ReportLine> allLines(long reportId, LineFilter filter, int limit) {
		get(reportId);
		return store.allLines(reportId, filter, limit);
	}

	/**
	 * A report's original, its name and type, with its bytes given to {@code out} as they
	 * are read.
	 */
	public record OriginalStream(String fileName, String contentType, long size) {
	}

	/**
	 * Streams a report's original to the caller (a download of any size, never held
	 * whole); the report is looked up in the caller's scope first, so another
	 * distributor's is not found.
	 */
	@Transactional(readOnly = true)
	public OriginalStream original(long reportId, Function<OriginalStream, OutputStream> out) {
		SellOutReport report = get(reportId);
		OriginalStream original = store.original(reportId,
				report.fileName() == null ? "report-" + reportId : report.fileName());
		files.copyFile(reportId, out.apply(original));
		return original;
	}

	/**
	 * The layout the report was read with, or the one suggested while it waits for a
	 * person.
	 */
	@Transactional(readOnly = true)
	public Optional<Layout> mapping(long reportId) {
		get(reportId);
		return store.layout(reportId);
	}

}
