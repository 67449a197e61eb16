package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.PriceFloors;
import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.clients.FoundClient;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.reading.UnreadableFileException;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.ValueMappings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The pipeline for one report, from stored bytes to stored lines: detect the format, read, map
 * (template or headers), check every line, stage the lines with COPY, then — in the same
 * transaction — store them, register the clients found, and let the report supersede the active
 * one of its distributor and period. Either all of it is committed or nothing: a report killed
 * half-way is still {@code PROCESSING} and is processed again from its bytes after a restart.
 */
@Component
class ReportProcessor {

	private static final Logger log = LoggerFactory.getLogger(ReportProcessor.class);

	private static final SQLStateSQLExceptionTranslator SQL_ERRORS = new SQLStateSQLExceptionTranslator();

	private final ReportStore store;

	private final Supersession supersession;

	private final ScopedTransactions transactions;

	private final DataSource dataSource;

	private final Catalog catalog;

	private final PriceFloors floors;

	private final ClientDirectory clients;

	private final Segments segments;

	private final ValueMappings mappings;

	private final JdbcClient jdbc;

	private final Distributors distributors;

	private final ReportEvents events;

	private volatile Optional<String> loaderRole;

	ReportProcessor(ReportStore store, Supersession supersession, ScopedTransactions transactions, DataSource dataSource,
			Catalog catalog, PriceFloors floors, ClientDirectory clients, Segments segments, ValueMappings mappings,
			JdbcClient jdbc, Distributors distributors, ReportEvents events) {
		this.events = events;
		this.jdbc = jdbc;
		this.distributors = distributors;
		this.store = store;
		this.supersession = supersession;
		this.transactions = transactions;
		this.dataSource = dataSource;
		this.catalog = catalog;
		this.floors = floors;
		this.clients = clients;
		this.segments = segments;
		this.mappings = mappings;
	}

	private volatile java.time.Duration timeBudget = java.time.Duration.ofMinutes(10);

	/** How long one report may be processed before it is refused ({@link TimeBudget}); a setter, so tests may shorten it. */
	void timeBudget(java.time.Duration budget) {
		this.timeBudget = budget;
	}

	/** The budget as configured ({@code portal.sellout.time-budget}). */
	@org.springframework.beans.factory.annotation.Autowired
	void settings(com.sellout.portal.sellout.SellOutSettings settings) {
		timeBudget(settings.timeBudget());
	}

	/**
	 * Processes the report if it still waits, from its original as stored, and publishes the
	 * outcome with it (an event of {@link ReportEvents}). Answers whether it was processed here — an
	 * attempt made, whatever its outcome — rather than found finished or held by another worker.
	 */
	boolean process(long reportId) {
		ReportStore.Attempt attempt = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			ReportStore.Attempt started = store.markProcessing(reportId);
			if (started == ReportStore.Attempt.GIVEN_UP) {
				events.processed(reportId);
			}
			return started;
		});
		if (attempt != ReportStore.Attempt.STARTED) {
			return attempt == ReportStore.Attempt.GIVEN_UP;
		}
		try {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> store.lock(reportId).ifPresent(report -> {
				store.holdDistributor(report.distributorId());
				java.nio.file.Path original = store.spool(reportId);
				try {
					run(report, original);
				}
				finally {
					original.toFile().delete();
				}
				events.processed(reportId);
			}));
		}
		catch (UnreadableFileException refused) {
			log.info("Sell-out report {} rejected: {}", reportId, refused.getMessage());
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				store.reject(reportId, null, refused.messageKey(), refused.arguments());
				events.processed(reportId);
			});
		}
		catch (NeedsPerson waiting2) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				store.needsMapping(reportId, waiting2.format, waiting2.layout, waiting2.reasonKey);
				events.processed(reportId);
			});
		}
		catch (RejectedForChannel rejected) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				store.reject(reportId, rejected.format, rejected.reasonKey, new Object[0]);
				events.processed(reportId);
			});
		}
		catch (TransientDataAccessException | DataAccessResourceFailureException ex) {
			// the database failed us, not the file: the report stays PROCESSING and is retried after a restart
			log.error("Sell-out report {} could not be stored; it will be retried", reportId, ex);
		}
		catch (RuntimeException | Error ex) {
			if (ex instanceof InternalError || ex instanceof UnknownError) {
				throw ex; // the JVM itself is broken: nothing sensible to record
			}
			// a StackOverflowError, an OutOfMemoryError, a LinkageError: a failure like any other, never a stuck report
			log.error("Sell-out report {} failed", reportId, ex);
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
				store.rejectOurs(reportId);
				events.processed(reportId);
			});
		}
		return true;
	}

	private void run(ReportStore.Pending report, java.nio.file.Path original) {
		TimeBudget budget = new TimeBudget(timeBudget);
		// told once where the file came in; a report kept from before that is told here, the same way
		SourceFormat.Detected detected = store.detectedFormat(report.id()).orElseGet(() -> SourceFormat.Detected
			.of(new com.sellout.portal.reading.TableFile(original, budget::watch).head(SourceFormat.HEAD)));
		if (detected.source() == null) {
			throw detected.refusal();
		}
		com.sellout.portal.reading.TableFile file = new com.sellout.portal.reading.TableFile(original, detected.table(),
				budget::watch);
		SourceFormat format = detected.source();
		YearMonth known = report.requestedPeriod() == null ? null : YearMonth.from(report.requestedPeriod());
		LineSource source = switch (format) {
			case TABLE -> new TabularSource(store.templates(report.distributorId()),
					report.layoutConfirmed() ? report.layout() : null, known);
			case ENTERPRISE_DATA -> new EnterpriseDataSource(OwnOrganisation.of(report.distributorId(), distributors.all()));
			case COMMERCE_ML -> new CommerceMlSource(OwnOrganisation.of(report.distributorId(), distributors.all()));
			case CANONICAL_JSON -> new CanonicalJsonSource();
		};
		ReportContext context = new ReportContext(report.distributorId(), catalog.identities(),
				mappings.snapshot(report.distributorId()), clients.directory(), segments.all(), floors.book());
		LineValidator validator = new LineValidator(context);
		long started = System.nanoTime();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Tally tally = new Tally();
		SourceInfo info;
		StagedLines staged = stagedLines(connection, report, known);
		try (staged) {
			try {
				java.util.function.Consumer<SourceLine> each = line -> {
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
			throw databaseFailure("Staging the lines", ex);
		}
		if (report.incremental()) {
			clients.foundInSellOut(report.distributorId(), tally.newClients.values());
			staged.store(jdbc, null);
			supersession.merge(report, info, tally);
			return;
		}
		YearMonth period = period(report, info, tally);
		if (period == null) {
			if (report.source().hasPerson()) {
				throw new NeedsPerson(info.format(), info.layout(), "sellout.needsMapping.period");
			}
			throw new RejectedForChannel(info.format(), "sellout.rejected.noPeriod");
		}
		long read = System.nanoTime();
		int outOfPeriod = staged.store(jdbc, period);
		clients.foundInSellOut(report.distributorId(), tally.newClients.values());
		supersession.settle(report, period, info, tally, outOfPeriod);
		log.info("Sell-out report {}: {} lines read, checked and copied in {} ms, settled in {} ms ({})", report.id(),
				tally.lines, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000,
				loaderRole() == null ? "staged" : "direct");
		if (info.signature() != null && !info.fromTemplate()) {
			store.saveTemplate(report.distributorId(), info.signature(), info.layout(), report.layoutConfirmed(),
					report.receivedBy() == null ? "system" : report.receivedBy(), report.id());
		}
		if (info.signature() != null) {
			store.linkTemplate(report.id(), report.distributorId(), info.signature());
		}
	}

	private StagedLines stagedLines(Connection connection, ReportStore.Pending report, YearMonth known) {
		try {
			return new StagedLines(connection, loaderRole(), report.id(), report.distributorId(), known);
		}
		catch (SQLException ex) {
			throw databaseFailure("Opening the COPY of lines", ex);
		}
	}

	/** The role that may COPY into sellout_lines, if the database has one for this application. */
	private String loaderRole() {
		if (loaderRole == null) {
			loaderRole = Optional.ofNullable(jdbc.sql("""
					select r.rolname from pg_roles r
					 where r.rolname = current_user || '_loader' and r.rolbypassrls and not r.rolsuper
					   and pg_has_role(current_user, r.oid, 'MEMBER')
					   and has_table_privilege(r.oid, 'sellout_lines', 'INSERT')""").query(String.class).optional().orElse(""));
		}
		return loaderRole.get().isEmpty() ? null : loaderRole.get();
	}

	private static void stage(StagedLines staged, ValidatedLine line) {
		try {
			staged.add(line);
		}
		catch (SQLException ex) {
			throw databaseFailure("Staging a line", ex);
		}
	}

	/** A lost connection or a database shutting down is transient (the report is left for retry), not the file's fault. */
	private static RuntimeException databaseFailure(String task, SQLException ex) {
		DataAccessException translated = SQL_ERRORS.translate(task, null, ex);
		return translated != null ? translated : new IllegalStateException(task + " failed", ex);
	}

	/** The upload's period, else the file's own, else the one month all sale dates fall in. */
	private static YearMonth period(ReportStore.Pending report, SourceInfo info, Tally tally) {
		if (report.requestedPeriod() != null) {
			return YearMonth.from(report.requestedPeriod());
		}
		if (info.period() != null) {
			try {
				return YearMonth.parse(info.period().strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				return null;
			}
		}
		if (info.layout() != null && info.layout().settings() != null && info.layout().settings().period() != null) {
			return YearMonth.parse(info.layout().settings().period());
		}
		if (tally.firstDate != null && YearMonth.from(tally.firstDate).equals(YearMonth.from(tally.lastDate))) {
			return YearMonth.from(tally.firstDate);
		}
		return null;
	}

	/** Counts and sums kept while the lines stream by. */
	static final class Tally {

		int lines;

		int accepted;

		int exceptions;

		int deviations;

		BigDecimal quantity = BigDecimal.ZERO;

		BigDecimal amountNet = BigDecimal.ZERO;

		LocalDate firstDate;

		LocalDate lastDate;

		final Map<String, FoundClient> newClients = new LinkedHashMap<>();

		void add(ValidatedLine line, ReportContext context) {
			lines++;
			if (line.saleDate != null) {
				firstDate = firstDate == null || line.saleDate.isBefore(firstDate) ? line.saleDate : firstDate;
				lastDate = lastDate == null || line.saleDate.isAfter(lastDate) ? line.saleDate : lastDate;
			}
			if (!line.accepted()) {
				exceptions++;
				return;
			}
			accepted++;
			quantity = quantity.add(line.quantity);
			amountNet = amountNet.add(line.amountNet);
			if (line.isDeviation()) {
				deviations++;
			}
			if (line.clientInn != null && !context.isRegistered(line.clientInn)) {
				newClients.putIfAbsent(line.clientInn, new FoundClient(line.clientInn, line.clientKpp,
						line.clientName == null ? line.clientInn : line.clientName, line.regionCode, line.city,
						line.deliveryAddress));
			}
		}

	}

	/** The report waits for a person: the layout or the period is not known well enough. */
	static final class NeedsPerson extends RuntimeException {

		final String format;

		final transient Layout layout;

		final String reasonKey;

		NeedsPerson(String format, Layout layout, String reasonKey) {
			super(reasonKey, null, false, false);
			this.format = format;
			this.layout = layout;
			this.reasonKey = reasonKey;
		}

	}

	/** No person on this channel to settle what the file leaves open. */
	static final class RejectedForChannel extends RuntimeException {

		final String format;

		final String reasonKey;

		RejectedForChannel(String format, String reasonKey) {
			super(reasonKey, null, false, false);
			this.format = format;
			this.reasonKey = reasonKey;
		}

	}

}
