package com.sellout.portal.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that cannot be reached is told from a request the database refused or a bug.
 */
class DatabaseTroubleTest {

	@Test
	void anUnreachableDatabaseIsFoundHoweverDeepItIsWrapped() {
		var pool = new SQLTransientConnectionException(
				"portal - Connection is not available, request timed out after 3000ms");
		assertThat(DatabaseTrouble.isCauseOf(new ServletException("Request processing failed",
				new CannotCreateTransactionException("Could not open JDBC Connection", pool))))
			.isTrue();
		assertThat(DatabaseTrouble.isCauseOf(new InternalAuthenticationServiceException("user details",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", pool))))
			.isTrue();
		assertThat(DatabaseTrouble.isCauseOf(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
	}

	@Test
	void aRefusedStatementOrABugIsNotTrouble() {
		assertThat(DatabaseTrouble.isCauseOf(new DuplicateKeyException("duplicate key value"))).isFalse();
		assertThat(DatabaseTrouble
			.isCauseOf(new BadSqlGrammarException("select", "selec 1", new SQLException("syntax", "42601")))).isFalse();
		assertThat(DatabaseTrouble.isCauseOf(new IllegalStateException("a bug"))).isFalse();
		DatabaseTrouble.rethrowIfCauseOf(new InternalAuthenticationServiceException("no such user"));
	}

	@Test
	void aHandlerLetsTheUnderlyingFailureGoOn() {
		var unreachable = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
		assertThatThrownBy(
				() -> DatabaseTrouble.rethrowIfCauseOf(new InternalAuthenticationServiceException("x", unreachable)))
			.isSameAs(unreachable);
	}

}
