package com.sellout.portal.sellout.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.Templates;
import com.sellout.portal.reading.FileType;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows behind sell-out reports: receipt, the queue's claims, templates, status
 * changes. The original bytes are {@link ReportOriginals}'.
 */
@Component
public class ReportStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * How often the portal sets out to process one report's bytes as received before it
	 * gives up.
	 */
	static final int MAX_ATTEMPTS = 3;

	private static final String[] UNFINISHED = ReportStatus.names(ReportStatus.UNFINISHED);

	private final JdbcClient jdbc;

	private final Templates templates;

	ReportStore(JdbcClient jdbc, Templates templates) {
		this.jdbc = jdbc;
		this.templates = templates;
	}

	/**
	 * The advisory lock (one bigint key per distributor, apart from the two-key locks of
	 * the months) that the transaction processing a report of the distributor holds: the
	 * queue passes over the distributor's other reports meanwhile, on every node.
	 */
	private static final long DISTRIBUTOR_AT_WORK = 0x5E1100_0000_0000L;

	/** A report a worker took from the queue, and whose it is. */
	record Claimed(long id, long distributorId) {
	}

	/**
	 * The next report to process, oldest first: one received (or sent back) on this node,
	 * or one that has waited — or been left by a worker, on any node — longer than
	 * {@code stale}; never one whose row another transaction holds, nor one of a
	 * distributor whose report is being processed here ({@code busy}) or on another node
	 * (its advisory lock); at most {@code maxSize} bytes for a small-file worker.
	 */
	Optional<Claimed> claim(Collection<Long> preferred, Collection<Long> busy, long maxSize, Duration stale) {
		return jdbc
			.sql("""
					select id, distributor_id from sellout_reports
					 where status = any(:unfinished)
					   and (id = any(:preferred) or coalesce(claimed_at, received_at) < now() - make_interval(secs => :stale))
					   and distributor_id <> all(:busy) and size_bytes < :maxSize
					   and pg_try_advisory_xact_lock(:atWork + distributor_id)
					 order by id limit 1
					   for update skip locked""")
			.param("unfinished", UNFINISHED)
			.param("preferred", preferred.toArray(Long[]::new))
			.param("stale", stale.toMillis() / 1000.0)
			.param("busy", busy.toArray(Long[]::new))
			.param("maxSize", maxSize)
			.param("atWork", DISTRIBUTOR_AT_WORK)
			.query((rs, i) -> new Claimed(rs.getLong(1), rs.getLong(2)))
			.optional();
	}

	/**
	 * Holds the distributor's lock for the processing transaction (if no one else does:
	 * fairness, not safety).
	 */
	void holdDistributor(long distributorId) {
		jdbc.sql("select pg_try_advisory_xact_lock(?)")
			.param(DISTRIBUTOR_AT_WORK + distributorId)
			.query(Boolean.class)
			.single();
	}

	/** Those of the reports that are no longer waiting nor being processed. */
	List<Long> finishedAmong(List<Long> ids) {
		return jdbc.sql("select id from sellout_reports where id = any(?) and not status = any(?)")
			.params(ids.toArray(Long[]::new), UNFINISHED)
			.query(Long.class)
			.list();
	}

	/**
	 * What processing needs to know of a report; {@code requestedKind} and
	 * {@code requestedAsOf} are what its sender (or a person since) said it is and on
	 * which date its stock stands, null when not said.
	 */
	record Pending(long id, long distributorId, LocalDate requestedPeriod, Channel source, ReportStatus status,
			Layout layout, boolean layoutConfirmed, boolean incremental, String receivedBy, ReportKind requestedKind,
			LocalDate requestedAsOf) {

		Pending(long id, long distributorId, LocalDate requestedPeriod, Channel source, ReportStatus status,
				Layout layout, boolean layoutConfirmed, boolean incremental, String receivedBy) {
			this(id, distributorId, requestedPeriod, source, status, layout, layoutConfirmed, incremental, receivedBy,
					null, null);
		}

	}

	record NewReport(long distributorId, Channel source, String fileName, String contentType, String sha256, long size,
			String idempotencyKey, LocalDate requestedPeriod, String receivedBy, boolean incremental,
			SourceFormat.Detected format, ReportKind requestedKind, LocalDate requestedAsOf) {
	}

	/**
	 * The new report's id, or empty when these bytes (or this idempotency key) already
	 * made one.
	 */
	Optional<Long> insert(NewReport report) {
		return jdbc
			.sql("""
					insert into sellout_reports (distributor_id, source, file_name, content_type, content_sha256, size_bytes,
					                             idempotency_key, requested_period, received_by, incremental, status,
					                             detected_format, format_refusal_key, format_refusal_arg, requested_kind,
					                             requested_as_of)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict do nothing returning id""")
			.params(report.distributorId(), report.source().name(), report.fileName(), report.contentType(),
					report.sha256(), report.size(), report.idempotencyKey(), report.requestedPeriod(),
					report.receivedBy(), report.incremental(), ReportStatus.RECEIVED.name(), report.format().stored(),
					report.format().refusalKey(), report.format().refusalArgument(),
					report.requestedKind() == null ? null : report.requestedKind().name(), report.requestedAsOf())
			.query(Long.class)
			.optional();
	}

	/**
	 * The kind of table the report's file is, as told where it came in (empty: no table,
	 * or not told then).
	 */
	public Optional<FileType> tableType(long id) {
		return detectedFormat(id).map(SourceFormat.Detected::table);
	}

	/**
	 * What the report's file is, as told where it came in; empty for a report received
	 * before that was kept.
	 */
	Optional<SourceFormat.Detected> detectedFormat(long id) {
		return jdbc.sql("""
				select detected_format, format_refusal_key, format_refusal_arg from sellout_reports
				 where id = ? and (detected_format is not null or format_refusal_key is not null)""")
			.param(id)
			.query((rs, i) -> SourceFormat.Detected.stored(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/**
	 * A report these bytes or this idempotency key made before, and whether the key (not
	 * the bytes) found it.
	 */
	record Existing(long id, String sha256, boolean byKey, boolean unfinished) {
	}

	Optional<Existing> existing(long distributorId, String sha256, String idempotencyKey) {
		return jdbc.sql("""
				select id, content_sha256, coalesce(idempotency_key = ?, false), status = any(?)
				  from sellout_reports
				 where distributor_id = ? and (idempotency_key = ? or content_sha256 = ?)
				 order by (idempotency_key = ?) desc nulls last limit 1""")
			.params(idempotencyKey, UNFINISHED, distributorId, idempotencyKey, sha256, idempotencyKey)
			.query((rs, i) -> new Existing(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
			.optional();
	}

	/**
	 * A report rejected for a failure of ours goes back to be processed again, if it has
	 * attempts left; answers whether it did.
	 */
	boolean retry(long id) {
		return jdbc.sql("""
				update sellout_reports set status = ?, rejection_key = null, rejection_args = null,
				       rejection_ours = false
				 where id = ? and status = ? and rejection_ours and attempts < ?""")
			.params(ReportStatus.RECEIVED.name(), id, ReportStatus.REJECTED.name(), MAX_ATTEMPTS)
			.update() > 0;
	}

	/** What starting an attempt came to. */
	enum Attempt {

		/** The report is marked PROCESSING, its attempt counted and its claim dated. */
		STARTED,
		/** Finished, or being processed elsewhere: never wait for that worker. */
		NOT_WAITING,
		/**
		 * It had all its attempts (each ended by a crash, say): rejected for a failure of
		 * ours.
		 */
		GIVEN_UP

	}

	/**
	 * Starts an attempt at processing the report, if it still waits, has attempts left
	 * and no other worker (on any node) holds it; one that has had them all is given up.
	 */
	Attempt markProcessing(long id) {
		Optional<Integer> attempts = jdbc.sql("""
				select attempts from sellout_reports where id = ? and status = any(?)
				   for update skip locked""").params(id, UNFINISHED).query(Integer.class).optional();
		if (attempts.isEmpty()) {
			return Attempt.NOT_WAITING;
		}
		if (attempts.get() < MAX_ATTEMPTS) {
			jdbc.sql("""
					update sellout_reports set status = ?, attempts = attempts + 1, claimed_at = now()
					 where id = ?""").params(ReportStatus.PROCESSING.name(), id).update();
			return Attempt.STARTED;
		}
		rejectOurs(id);
		return Attempt.GIVEN_UP;
	}

	/**
	 * Locks the report for the processing transaction; empty when another worker holds it
	 * or it is done.
	 */
	Optional<Pending> lock(long id) {
		return jdbc
			.sql("""
					select id, distributor_id, requested_period, source, status, layout::text, layout_confirmed, incremental,
					       received_by, requested_kind, requested_as_of
					  from sellout_reports where id = ? and status = any(?)
					   for update skip locked""")
			.params(id, UNFINISHED)
			.query((rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					Channel.valueOf(rs.getString(4)), ReportStatus.valueOf(rs.getString(5)), layout(rs.getString(6)),
					rs.getBoolean(7), rs.getBoolean(8), rs.getString(9),
					rs.getString(10) == null ? null : ReportKind.valueOf(rs.getString(10)),
					rs.getObject(11, LocalDate.class)))
			.optional();
	}

	Map<String, Layout> templates(long distributorId) {
		return templates.byHeader(distributorId);
	}

	/**
	 * The report was read with the distributor's template of this header signature (if
	 * there is one).
	 */
	void linkTemplate(long reportId, long distributorId, String signature) {
		jdbc.sql("update sellout_reports set template_id = ? where id = ?")
			.params(templates.idOf(distributorId, signature).orElse(null), reportId)
			.update();
	}

	void saveTemplate(long distributorId, String signature, Layout layout, boolean confirmed, String actor,
			long reportId) {
		String fileName = jdbc.sql("select file_name from sellout_reports where id = ?")
			.param(reportId)
			.query(String.class)
			.optional()
			.orElse(null);
		templates.keep(distributorId, signature, layout, confirmed, actor, fileName);
	}

	/**
	 * The report waits for a person; {@code kind} is what it is known to be by then
	 * (null: not known, it stays as it was).
	 */
	void needsMapping(long id, String format, Layout layout, String reasonKey, ReportKind kind) {
		if (kind != null) {
			kindOf(id, kind);
		}
		needsMapping(id, format, layout, reasonKey);
	}

	/**
	 * The kind the report turned out to be: a sell-out report has no as-of date, a stock
	 * report keeps the one it has.
	 */
	void kindOf(long id, ReportKind kind) {
		jdbc.sql("update sellout_reports set kind = ?, as_of = case when ? = 'STOCK' then as_of end where id = ?")
			.params(kind.name(), kind.name(), id)
			.update();
	}

	/**
	 * A person's choice of what a report is and on which date its stock stands (each
	 * optional): kept as if its sender had said so, and the report sent back for
	 * processing.
	 */
	void chooseKind(long id, ReportKind kind, LocalDate asOf) {
		jdbc.sql("""
				update sellout_reports set requested_kind = coalesce(?, requested_kind),
				       requested_as_of = coalesce(?, requested_as_of), status = ?, rejection_key = null,
				       rejection_ours = false, attempts = 0, claimed_at = null
				 where id = ?""")
			.params(kind == null ? null : kind.name(), asOf, ReportStatus.PROCESSING.name(), id)
			.update();
	}

	void needsMapping(long id, String format, Layout layout, String reasonKey) {
		jdbc.sql("""
				update sellout_reports set status = ?, format = ?, layout = ?::jsonb, rejection_key = ?,
				       rejection_args = null, processed_at = now(), lines = 0, accepted_lines = 0, exceptions = 0,
				       deviations = 0, out_of_period = 0, accepted_quantity = 0, accepted_amount_net = 0
				 where id = ?""")
			.params(ReportStatus.NEEDS_MAPPING.name(), format, layout == null ? null : JSON.writeValueAsString(layout),
					reasonKey, id)
			.update();
	}

	/**
	 * A verdict on the file (or on what its channel leaves open): final, the same bytes
	 * give it back.
	 */
	void reject(long id, String format, String reasonKey, Object[] arguments) {
		String[] args = new String[arguments == null ? 0 : arguments.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = String.valueOf(arguments[i]);
		}
		jdbc.sql("""
				update sellout_reports set status = ?, format = coalesce(?, format), rejection_key = ?,
				       rejection_args = ?, processed_at = now()
				 where id = ?""").params(ReportStatus.REJECTED.name(), format, reasonKey, args, id).update();
	}

	/**
	 * Our failure, not the file's: the same bytes sent again are processed again (while
	 * attempts are left).
	 */
	void rejectOurs(long id) {
		jdbc.sql("""
				update sellout_reports set status = ?, rejection_key = 'sellout.rejected.internal',
				       rejection_args = null, rejection_ours = true, processed_at = now()
				 where id = ?""").params(ReportStatus.REJECTED.name(), id).update();
	}

	/**
	 * Sets a person's layout (and period) on a report and sends it back for processing: a
	 * new reading, so its attempts count afresh.
	 */
	void confirmLayout(long id, Layout layout, LocalDate period) {
		jdbc.sql("""
				update sellout_reports set layout = ?::jsonb, layout_confirmed = true,
				       requested_period = coalesce(?, requested_period), status = ?, rejection_key = null,
				       rejection_ours = false, attempts = 0, claimed_at = null
				 where id = ?""")
			.params(JSON.writeValueAsString(layout), period, ReportStatus.PROCESSING.name(), id)
			.update();
	}

	/**
	 * Recomputes a report's counts and totals from its stored lines (after lines were
	 * added to it or accepted on a fix), and its status from whether exceptions remain —
	 * never making a former version active again. A new version takes the next number of
	 * its period.
	 */
	void recount(long reportId, boolean newVersion) {
		jdbc.sql(
				"""
						update sellout_reports r
						   set lines = t.lines, accepted_lines = t.accepted, exceptions = t.lines - t.accepted,
						       deviations = t.deviations, accepted_quantity = t.quantity, accepted_amount_net = t.amount,
						       out_of_period = t.outside, processed_at = now(),
						       version = case when :newVersion then (select coalesce(max(v.version), 0) + 1 from sellout_reports v
						                                             where v.distributor_id = r.distributor_id and v.period = r.period
						                                               and v.kind = 'SELLOUT')
						                 else r.version end,
						       status = case when r.status = any(:former) then r.status
						                     when t.lines > t.accepted then :withExceptions else :accepted end
						  from (select count(*) as lines, count(*) filter (where accepted) as accepted,
						               count(*) filter (where accepted and %s is not null) as deviations,
						               coalesce(sum(%s) filter (where accepted), 0) as quantity,
						               coalesce(sum(%s) filter (where accepted), 0) as amount,
						               count(*) filter (where out_of_period) as outside
						          from sellout_lines where report_id = :id) t
						 where r.id = :id"""
					.formatted(LineColumn.BELOW_FLOOR_PCT.column(), LineColumn.QUANTITY.column(),
							LineColumn.AMOUNT_NET.column()))
			.param("id", reportId)
			.param("newVersion", newVersion)
			.param("former", ReportStatus.names(ReportStatus.SUPERSEDED, ReportStatus.WITHDRAWN))
			.param("withExceptions", ReportStatus.ACCEPTED_WITH_EXCEPTIONS.name())
			.param("accepted", ReportStatus.ACCEPTED.name())
			.update();
	}

	static String json(Layout layout) {
		return layout == null ? null : JSON.writeValueAsString(layout);
	}

	static Layout layout(String json) {
		return json == null ? null : JSON.readValue(json, Layout.class);
	}

}
