package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Streams checked lines into {@code sellout_lines} with PostgreSQL COPY, within the
 * processing transaction. PostgreSQL refuses COPY into a table under row-level security,
 * so either the pipeline switches, for that one statement, to the loader role (it may
 * insert lines and nothing else), or — where no such role was set up — the lines land in
 * a temporary table first and reach {@code sellout_lines} with one INSERT … SELECT under
 * its policies. Memory holds one buffer of lines at a time.
 */
final class StagedLines implements AutoCloseable {

	static final String TABLE = "sellout_staging";

	/**
	 * The columns the COPY fills: the line's number and verdict, every value of the
	 * catalogue, its problems and source.
	 */
	private static final String COLUMNS = "line_no, accepted, " + LineColumn.list("") + ", problems, source";

	private static final String SALE_DATE = LineColumn.SALE_DATE.column();

	private static final LineColumn[] VALUES = LineColumn.values();

	private static final int FLUSH_CHARS = 1 << 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Connection connection;

	private final String loaderRole;

	private final long reportId;

	private final long distributorId;

	private final String owner;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);

	private boolean finished;

	private int outOfPeriod;

	/**
	 * @param loaderRole the role that may COPY into sellout_lines, or null to stage in a
	 * temporary table
	 * @param period the report's period when known before the lines are read, else null
	 */
	StagedLines(Connection connection, String loaderRole, long reportId, long distributorId, YearMonth period)
			throws SQLException {
		this.connection = connection;
		this.loaderRole = loaderRole;
		this.reportId = reportId;
		this.distributorId = distributorId;
		this.owner = reportId + "\t" + distributorId + "\t";
		this.periodStart = period == null ? null : period.atDay(1);
		this.periodEnd = period == null ? null : period.plusMonths(1).atDay(1);
		try (Statement statement = connection.createStatement()) {
			statement.execute("delete from sellout_lines where report_id = " + reportId);
			if (loaderRole == null) {
				statement.execute("create temp table if not exists " + TABLE + " (line_no integer, accepted boolean, "
						+ LineColumn.definitions() + ", problems jsonb, source jsonb) on commit drop");
				statement.execute("truncate " + TABLE);
			}
			else {
				statement.execute("set local role " + loaderRole);
			}
		}
		this.copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn(loaderRole == null ? "copy " + TABLE + " (" + COLUMNS + ") from stdin"
					: "copy sellout_lines (report_id, distributor_id, out_of_period, " + COLUMNS + ") from stdin");
	}

	void add(ValidatedLine line) throws SQLException {
		if (loaderRole != null) {
			boolean outside = periodStart != null && line.saleDate != null
					&& (line.saleDate.isBefore(periodStart) || !line.saleDate.isBefore(periodEnd));
			if (outside) {
				outOfPeriod++;
			}
			buffer.append(owner).append(outside ? 't' : 'f').append('\t');
		}
		number(line.number);
		bool(line.accepted());
		for (LineColumn column : VALUES) {
			Object value = column.of(line);
			switch (column.type()) {
				case TEXT -> text((String) value);
				case DATE -> date((LocalDate) value);
				case DECIMAL -> decimal((BigDecimal) value);
			}
		}
		text(line.problemsJson());
		last(line.source == null || line.source.isEmpty() ? null : JSON.writeValueAsString(line.source));
		if (buffer.length() >= FLUSH_CHARS) {
			flush();
		}
	}

	/** Ends the COPY: every line added is in sellout_lines or in the staging table. */
	long finish() throws SQLException {
		flush();
		finished = true;
		long rows = copy.endCopy();
		if (loaderRole != null) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("reset role");
			}
		}
		return rows;
	}

	/**
	 * Puts the lines in sellout_lines (from the staging table) with their out-of-period
	 * flags for the report's period, now known; answers how many lines fall outside it.
	 */
	int store(JdbcClient jdbc, YearMonth period) {
		if (period == null) {
			// an incremental delivery: its lines are merged into the reports of their
			// months
			if (loaderRole == null) {
				jdbc.sql("insert into sellout_lines (report_id, distributor_id, out_of_period, " + COLUMNS
						+ ") select ?, ?, false, " + COLUMNS + " from " + TABLE)
					.params(reportId, distributorId)
					.update();
			}
			return 0;
		}
		LocalDate start = period.atDay(1);
		LocalDate end = period.plusMonths(1).atDay(1);
		if (loaderRole == null) {
			jdbc.sql("insert into sellout_lines (report_id, distributor_id, out_of_period, " + COLUMNS + ") "
					+ "select ?, d, (" + SALE_DATE + " is not null and (" + SALE_DATE + " < ? or " + SALE_DATE
					+ " >= ?)), " + COLUMNS + " from " + TABLE + ", (select ?::bigint as d) owner")
				.params(reportId, start, end, Long.parseLong(owner.split("\t")[1]))
				.update();
			return jdbc.sql("select count(*) from " + TABLE + " where " + SALE_DATE + " < ? or " + SALE_DATE + " >= ?")
				.params(start, end)
				.query(Long.class)
				.single()
				.intValue();
		}
		if (start.equals(periodStart)) {
			return outOfPeriod;
		}
		return jdbc
			.sql("update sellout_lines set out_of_period = true where report_id = ? and (" + SALE_DATE + " < ? or "
					+ SALE_DATE + " >= ?)")
			.params(reportId, start, end)
			.update();
	}

	@Override
	public void close() throws SQLException {
		if (!finished && copy.isActive()) {
			copy.cancelCopy();
		}
	}

	private void flush() throws SQLException {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private void number(int value) {
		buffer.append(value).append('\t');
	}

	private void bool(boolean value) {
		buffer.append(value ? 't' : 'f').append('\t');
	}

	private void date(LocalDate value) {
		if (value == null) {
			buffer.append("\\N");
		}
		else {
			buffer.append(value);
		}
		buffer.append('\t');
	}

	private void decimal(BigDecimal value) {
		buffer.append(value == null ? "\\N" : value.toPlainString()).append('\t');
	}

	private void text(String value) {
		escaped(value);
		buffer.append('\t');
	}

	private void last(String value) {
		escaped(value);
		buffer.append('\n');
	}

	/**
	 * The value in COPY's text format into the buffer: see
	 * {@link #escape(String, StringBuilder)}.
	 */
	private void escaped(String value) {
		escape(value, buffer);
	}

	private static boolean needsEscaping(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c < ' ') {
				return true;
			}
		}
		return false;
	}

	/**
	 * COPY's text format: backslash, tab, newline and carriage return escaped; null as
	 * \N; the NUL character, which PostgreSQL's text cannot hold, as a space.
	 */
	static void escape(String value, StringBuilder buffer) {
		if (value == null) {
			buffer.append("\\N");
			return;
		}
		if (!needsEscaping(value)) {
			buffer.append(value);
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				case '\0' -> buffer.append(' ');
				default -> buffer.append(c);
			}
		}
	}

}
