package com.sellout.portal.sellout;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.RequiredFields;
import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.sellout.internal.ReportIntake;
import com.sellout.portal.sellout.internal.ReportStore;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sell-out reports for the people and systems that send and read them: receiving a file (any
 * channel), waiting for its processing, listing and reading reports, their lines and exceptions,
 * and the layout a table was (or should be) read with. Everything is read in the caller's data
 * scope: a distributor sees its own reports only.
 */
@Service
public class SellOutReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SELECT = """
			select r.id, r.distributor_id, d.code, to_char(r.period, 'YYYY-MM') as period, r.version, r.status,
			       r.rejection_key, r.rejection_args, r.source, r.file_name, r.format, r.received_at, r.received_by,
			       r.processed_at, r.lines, r.accepted_lines, r.exceptions, r.deviations, r.out_of_period,
			       r.accepted_quantity, r.accepted_amount_net, r.superseded_by, r.replaced_id, p.version as replaced_version,
			       p.accepted_lines as replaced_lines, p.accepted_amount_net as replaced_amount
			  from sellout_reports r join distributors d on d.id = r.distributor_id
			  left join sellout_reports p on p.id = r.replaced_id""";

	private static final String LINE = "select line_no, accepted, out_of_period, problems::text, "
			+ LineColumn.list("") + " from sellout_lines";

	private final JdbcClient jdbc;

	private final ReportIntake intake;

	private final ScopedTransactions transactions;

	private final ReportStore files;

	SellOutReports(JdbcClient jdbc, ReportIntake intake, ScopedTransactions transactions, ReportStore files) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.transactions = transactions;
		this.files = files;
	}

	/**
	 * A report, whether the bytes made it just now (or, sent again, made it process once more after
	 * a failure of ours), and when it is processed (on this node; a report other bytes made before is
	 * complete already).
	 */
	public record Received(SellOutReport report, boolean created, boolean retried,
			java.util.concurrent.CompletableFuture<Void> processed) {
	}

	/**
	 * Stores the file as a new report of the distributor (or finds the one these bytes or this
	 * idempotency key made) and waits up to {@code wait} for it to be processed.
	 */
	public Received receive(long distributorId, Channel channel, String fileName, String contentType, byte[] content,
			YearMonth period, String idempotencyKey, Duration wait) {
		return receive(distributorId, channel, fileName, contentType, new java.io.ByteArrayInputStream(content),
				Long.MAX_VALUE, period, idempotencyKey, wait);
	}

	/**
	 * The same for a file read as a stream (never held whole): more than {@code limit} bytes are
	 * refused with {@link FileTooLargeException} and leave nothing stored.
	 */
	public Received receive(long distributorId, Channel channel, String fileName, String contentType,
			java.io.InputStream content, long limit, YearMonth period, String idempotencyKey, Duration wait) {
		String actor = CurrentUser.get().map(CurrentUser::login).orElse(channel.name().toLowerCase());
		ReportIntake.Receipt receipt = intake.receive(distributorId, channel, fileName, contentType, content, limit,
				period, idempotencyKey, actor);
		await(receipt.done(), wait);
		return new Received(read(receipt.reportId()), receipt.created(), receipt.retried(), receipt.done());
	}

	@Transactional(readOnly = true)
	public Optional<SellOutReport> find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(REPORT).optional();
	}

	@Transactional(readOnly = true)
	public SellOutReport get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/** Which reports a list shows; every part optional. */
	public record ReportFilter(Long distributorId, YearMonth period, ReportStatus status, Channel channel) {
	}

	/** Which lines of a report a page or an export shows. */
	public enum LineFilter {

		ALL(""), ACCEPTED(" and accepted"), EXCEPTIONS(" and not accepted"),
		DEVIATIONS(" and accepted and " + LineColumn.BELOW_FLOOR_PCT.column() + " is not null"), OUT_OF_PERIOD(" and out_of_period");

		private final String where;

		LineFilter(String where) {
			this.where = where;
		}

	}

	private static final Map<String, String> SORTS = Map.of("received_at", "r.received_at", "period", "r.period",
			"status", "r.status", "distributor", "d.code", "lines", "r.lines", "amount", "r.accepted_amount_net");

	/** Reports newest first, filtered by distributor, period and status (each optional). */
	@Transactional(readOnly = true)
	public PageSlice<SellOutReport> list(Long distributorId, YearMonth period, ReportStatus status, int page, int size) {
		return find(new ReportFilter(distributorId, period, status, null), new ListQuery(null, null, true, page, size));
	}

	@Transactional(readOnly = true)
	public PageSlice<SellOutReport> find(ReportFilter filter, ListQuery query) {
		String where = " where (:distributor::bigint is null or r.distributor_id = :distributor)"
				+ " and (:period::date is null or r.period = :period) and (:status::text is null or r.status = :status)"
				+ " and (:channel::text is null or r.source = :channel)";
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("distributor", filter.distributorId());
		params.put("period", filter.period() == null ? null : filter.period().atDay(1));
		params.put("status", filter.status() == null ? null : filter.status().name());
		params.put("channel", filter.channel() == null ? null : filter.channel().name());
		long total = jdbc.sql("select count(*) from sellout_reports r" + where).params(params).query(Long.class).single();
		String order = SORTS.get(query.sortOr(SORTS.keySet(), "received_at")) + " " + query.direction();
		List<SellOutReport> items = jdbc.sql(SELECT + where + " order by " + order + ", r.id desc limit :limit offset :offset")
			.params(params).param("limit", query.size()).param("offset", query.offset()).query(REPORT).list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	/** The template the report was read with, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> templateOf(long reportId) {
		get(reportId);
		return jdbc.sql("select template_id from sellout_reports where id = ? and template_id is not null").param(reportId)
			.query(Long.class).optional();
	}

	/**
	 * Every report of the same distributor and period in the order they were accepted (their
	 * version numbers), then the deliveries merged into the period: the report's version history.
	 */
	@Transactional(readOnly = true)
	public List<SellOutReport> versions(long reportId) {
		SellOutReport report = get(reportId);
		if (report.period() == null) {
			return List.of(report);
		}
		return jdbc.sql(SELECT + " where r.distributor_id = ? and r.period = to_date(?, 'YYYY-MM')"
				+ " order by r.version nulls last, r.id")
			.params(report.distributorId(), report.period()).query(REPORT).list();
	}

	@Transactional(readOnly = true)
	public PageSlice<ReportLine> lines(long reportId, boolean exceptionsOnly, int page, int size) {
		return lines(reportId, exceptionsOnly ? LineFilter.EXCEPTIONS : LineFilter.ALL, page, size);
	}

	@Transactional(readOnly = true)
	public PageSlice<ReportLine> lines(long reportId, LineFilter filter, int page, int size) {
		get(reportId);
		String where = " where report_id = ?" + filter.where;
		long total = jdbc.sql("select count(*) from sellout_lines" + where).param(reportId).query(Long.class).single();
		List<ReportLine> items = jdbc.sql(LINE + where + " order by line_no limit ? offset ?")
			.params(reportId, size, (long) page * size).query(LINE_MAPPER).list();
		return new PageSlice<>(items, page, size, total);
	}

	/** The report's lines under a filter, for a download (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<ReportLine> allLines(long reportId, LineFilter filter, int limit) {
		get(reportId);
		return jdbc.sql(LINE + " where report_id = ?" + filter.where + " order by line_no limit ?").params(reportId, limit)
			.query(LINE_MAPPER).list();
	}

	/** The first rows of a table report as read (for a person to see the layout), at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<com.sellout.portal.reading.RawRow> firstRows(long reportId, int limit) {
		get(reportId);
		List<com.sellout.portal.reading.RawRow> rows = new ArrayList<>();
		java.nio.file.Path original = files.spool(reportId);
		try {
			com.sellout.portal.reading.TableReader.read(new com.sellout.portal.reading.TableFile(original, in -> in), row -> {
				rows.add(row);
				if (rows.size() >= limit) {
					throw new EnoughRows();
				}
			}, parameters -> {
				// a first sheet of report parameters is passed over, as the pipeline does
			});
		}
		catch (EnoughRows enough) {
			// the rest of the file is not needed
		}
		catch (com.sellout.portal.reading.UnreadableFileException unreadable) {
			return List.of();
		}
		finally {
			original.toFile().delete();
		}
		return rows;
	}

	private static final class EnoughRows extends RuntimeException {

		EnoughRows() {
			super(null, null, false, false);
		}

	}

	/** A report's original, its name and type, with its bytes given to {@code out} as they are read. */
	public record OriginalStream(String fileName, String contentType, long size) {
	}

	/**
	 * Streams a report's original to the caller (a download of any size, never held whole); the
	 * report is looked up in the caller's scope first, so another distributor's is not found.
	 */
	@Transactional(readOnly = true)
	public OriginalStream original(long reportId, java.util.function.Function<OriginalStream, java.io.OutputStream> out) {
		SellOutReport report = get(reportId);
		OriginalStream original = jdbc.sql("select content_type, size_bytes from sellout_reports where id = ?")
			.param(reportId)
			.query((rs, i) -> new OriginalStream(report.fileName() == null ? "report-" + reportId : report.fileName(),
					rs.getString(1), rs.getLong(2)))
			.single();
		files.copyFile(reportId, out.apply(original));
		return original;
	}

	/** The layout the report was read with, or the one suggested while it waits for a person. */
	@Transactional(readOnly = true)
	public Optional<Layout> mapping(long reportId) {
		get(reportId);
		return jdbc.sql("select layout::text from sellout_reports where id = ?").param(reportId).query(String.class)
			.optional().map(json -> JSON.readValue(json, Layout.class));
	}

	/**
	 * A person's layout for a table report: checked, kept as the distributor's template for its
	 * header, and the report processed again with it. Waits up to {@code wait} for the result.
	 */
	public SellOutReport correctMapping(long reportId, Layout layout, Duration wait) {
		SellOutReport report = read(reportId);
		if (report.format() == null || !isTable(report.format())) {
			throw new InvalidFieldsException(List.of(new FieldProblem("columns", "sellout.mapping.notATable")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (layout.headerRows() == null || layout.headerRows().isEmpty()) {
			problems.add(new FieldProblem("headerRows", "sellout.mapping.headerRowsRequired"));
		}
		List<CanonicalField> seen = new ArrayList<>(); // a field no key names is refused as the layout is read: LayoutJson
		for (Layout.MappedColumn column : layout.columns() == null ? List.<Layout.MappedColumn>of() : layout.columns()) {
			if (column.field() != null && seen.contains(column.field())) {
				problems.add(new FieldProblem("columns[" + column.index() + "].field", "sellout.mapping.fieldTwice"));
			}
			seen.add(column.field());
		}
		YearMonth period = null;
		if (layout.settings() != null && layout.settings().period() != null && !layout.settings().period().isBlank()) {
			try {
				period = YearMonth.parse(layout.settings().period().strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.add(new FieldProblem("settings.period", "sellout.mapping.badPeriod"));
			}
		}
		// a grouped 1C report keeps its grouping when the person's form does not send it back
		Layout.Grouping grouping = layout.grouping() != null ? layout.grouping()
				: transactions.callAs(DataScopes.current(), () -> mapping(reportId))
					.filter(suggested -> suggested.headerRows().equals(layout.headerRows()))
					.map(Layout::grouping).orElse(null);
		if (problems.isEmpty()) {
			boolean choosesMonth = "sellout.needsMapping.titlePeriod".equals(report.rejectionKey());
			if (choosesMonth && period == null) {
				problems.add(new FieldProblem("settings.period", "sellout.mapping.choosePeriod"));
			}
			else {
				RequiredFields.missing(layout.columns(), grouping, period != null)
					.forEach(field -> problems.add(new FieldProblem(field, "sellout.mapping.missingField")));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		Integer firstDataRow = layout.firstDataRow() != null ? layout.firstDataRow()
				: layout.headerRows().get(layout.headerRows().size() - 1) + 1;
		Layout confirmed = new Layout(layout.headerRows(), firstDataRow, layout.columns().stream()
			.map(c -> new Layout.MappedColumn(c.index(), c.header(), c.field(), c.field() == null ? 0 : 1.0)).toList(),
				layout.settings(), grouping);
		await(intake.reprocess(reportId, report.distributorId(), confirmed, period), wait);
		return read(reportId);
	}

	/** A read in its own transaction, for the methods that wait between steps. */
	private SellOutReport read(long reportId) {
		return transactions.callAs(DataScopes.current(), () -> get(reportId));
	}

	private static boolean isTable(String format) {
		return format.equals("XLSX") || format.equals("XLS") || format.equals("HTML") || format.equals("CSV");
	}

	private static void await(java.util.concurrent.CompletableFuture<Void> done, Duration wait) {
		try {
			done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException stillRunning) {
			// the caller answers with the report as it stands: still processing
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Processing failed", ex.getCause());
		}
	}

	private static final RowMapper<SellOutReport> REPORT = (rs, i) -> new SellOutReport(rs.getLong("id"),
			rs.getLong("distributor_id"), rs.getString("code"), rs.getString("period"), (Integer) rs.getObject("version"),
			ReportStatus.valueOf(rs.getString("status")), rs.getString("rejection_key"), strings(rs.getArray("rejection_args")),
			Channel.valueOf(rs.getString("source")), rs.getString("file_name"), rs.getString("format"),
			rs.getObject("received_at", OffsetDateTime.class), rs.getString("received_by"),
			rs.getObject("processed_at", OffsetDateTime.class), rs.getInt("lines"), rs.getInt("accepted_lines"),
			rs.getInt("exceptions"), rs.getInt("deviations"), rs.getInt("out_of_period"), rs.getBigDecimal("accepted_quantity"),
			rs.getBigDecimal("accepted_amount_net"), (Long) rs.getObject("superseded_by"), replaced(rs));

	private static SellOutReport.Replaced replaced(ResultSet rs) throws SQLException {
		Long id = (Long) rs.getObject("replaced_id");
		return id == null ? null : new SellOutReport.Replaced(id, (Integer) rs.getObject("replaced_version"),
				rs.getInt("replaced_lines"), rs.getBigDecimal("replaced_amount"));
	}

	private static final RowMapper<ReportLine> LINE_MAPPER = (rs, i) -> new ReportLine(rs.getInt("line_no"),
			rs.getBoolean("accepted"), rs.getBoolean("out_of_period"), LineColumn.readAll(rs), problems(rs));

	private static List<LineProblem> problems(ResultSet rs) throws SQLException {
		String json = rs.getString("problems");
		if (json == null) {
			return List.of();
		}
		List<Map<String, String>> entries = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
		});
		return entries.stream().map(e -> new LineProblem(e.get("field"), e.get("value"), e.get("code"))).toList();
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

}
