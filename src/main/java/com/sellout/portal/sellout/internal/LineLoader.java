package com.sellout.portal.sellout.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Opens the COPY of a report's lines ({@link StagedLines}) on the processing
 * transaction's own connection, so that the lines are committed or rolled back with the
 * report: as the loader role when the database has one for this application, else through
 * a temporary table. Tells a failing database from a failing file by SQL state.
 */
@Component
class LineLoader {

	private static final SQLStateSQLExceptionTranslator SQL_ERRORS = new SQLStateSQLExceptionTranslator();

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private volatile Optional<String> loaderRole;

	LineLoader(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * @param known the report's period when known before the lines are read, else null
	 */
	StagedLines open(long reportId, long distributorId, YearMonth known) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new StagedLines(connection, loaderRole(), reportId, distributorId, known);
		}
		catch (SQLException ex) {
			throw databaseFailure("Opening the COPY of lines", ex);
		}
	}

	/**
	 * Whether the lines are copied straight into sellout_lines (as the loader role), not
	 * staged first.
	 */
	boolean direct() {
		return loaderRole() != null;
	}

	/**
	 * The role that may COPY into sellout_lines, if the database has one for this
	 * application.
	 */
	private String loaderRole() {
		if (loaderRole == null) {
			loaderRole = Optional.ofNullable(jdbc.sql("""
					select r.rolname from pg_roles r
					 where r.rolname = current_user || '_loader' and r.rolbypassrls and not r.rolsuper
					   and pg_has_role(current_user, r.oid, 'MEMBER')
					   and has_table_privilege(r.oid, 'sellout_lines', 'INSERT')""")
				.query(String.class)
				.optional()
				.orElse(""));
		}
		return loaderRole.get().isEmpty() ? null : loaderRole.get();
	}

	/**
	 * A lost connection or a database shutting down is transient (the report is left for
	 * retry), not the file's fault.
	 */
	static RuntimeException databaseFailure(String task, SQLException ex) {
		DataAccessException translated = SQL_ERRORS.translate(task, null, ex);
		return translated != null ? translated : new IllegalStateException(task + " failed", ex);
	}

}
