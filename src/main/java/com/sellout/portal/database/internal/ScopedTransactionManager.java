package com.sellout.portal.database.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Begins every transaction by telling PostgreSQL the thread's {@link DataScope}. The
 * settings are transaction-local, so a pooled connection never carries one user's scope
 * into another's work, and work outside a transaction sees no distributor-owned row at
 * all.
 */
class ScopedTransactionManager extends JdbcTransactionManager {

	static final String SET_SCOPE = "select set_config('portal.all_distributors', ?, true), "
			+ "set_config('portal.distributor_id', ?, true)";

	ScopedTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(con, definition);
		DataScope scope = DataScopes.current();
		try (PreparedStatement statement = con.prepareStatement(SET_SCOPE)) {
			statement.setString(1, scope.allDistributors() ? "on" : "off");
			statement.setString(2, scope.distributorId() == null ? "" : scope.distributorId().toString());
			statement.execute();
		}
	}

}
