package com.sellout.portal.odata.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.sellout.portal.odata.sql.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a page's SQL in a read-only transaction of the reader's scope (row-level security
 * applies) with a cursor: the driver fetches {@code portal.odata.fetch-size} rows at a
 * time, so memory stays bounded whatever the page size.
 */
@Component
class PageStreamer {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	PageStreamer(DataSource dataSource, PlatformTransactionManager transactions, OdataSettings settings) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(settings.fetchSize());
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	long count(Sql sql) {
		return readOnly.execute(status -> {
			Long[] count = new Long[1];
			jdbc.query(statement(sql), (RowCallbackHandler) rs -> count[0] = rs.getLong(1));
			return count[0];
		});
	}

	/**
	 * Runs the work in one read-only transaction: the count and the page see one state.
	 */
	<T> T inTransaction(Supplier<T> work) {
		return readOnly.execute(status -> work.get());
	}

	/**
	 * Streams the page's rows. A keyset page is planned to walk the key's index in order
	 * and stop at the page's end rather than to collect every later row by a bitmap scan
	 * and sort them (a page then costs the rest of the table: 10 M lines read for each
	 * page of 5,000). A page over a snapshot (each report's lines a query of its own) is
	 * also kept from walking the report and sorting its lines (an incremental sort: a
	 * page then costs the report's every line, its product looked up for each) — not
	 * other sets' pages, which an incremental sort serves best. Set for this transaction
	 * only, after its count.
	 */
	void query(Sql sql, boolean keyset, boolean snapshot, RowCallbackHandler rows) {
		if (keyset) {
			jdbc.execute("set local enable_bitmapscan = off");
			jdbc.execute("set local enable_sort = off");
		}
		if (keyset && snapshot) {
			jdbc.execute("set local enable_incremental_sort = off");
		}
		jdbc.query(statement(sql), rows);
	}

	private static PreparedStatementCreator statement(Sql sql) {
		return connection -> {
			PreparedStatement statement = connection.prepareStatement(sql.text());
			bind(connection, statement, sql.params());
			return statement;
		};
	}

	private static void bind(Connection connection, PreparedStatement statement, List<Object> params)
			throws SQLException {
		for (int i = 0; i < params.size(); i++) {
			Object value = params.get(i);
			if (value instanceof String[] texts) {
				statement.setArray(i + 1, connection.createArrayOf("text", texts));
			}
			else if (value instanceof Long[] numbers) {
				statement.setArray(i + 1, connection.createArrayOf("bigint", numbers));
			}
			else {
				statement.setObject(i + 1, value);
			}
		}
	}

}
