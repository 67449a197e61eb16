package com.sellout.portal.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself — no connection, a connection lost, a server
 * shutting down, a timeout — from a failure of the request: the first is worth a "try
 * again later" (503), the second is a bug or a refusal. Wherever it was thrown (a
 * controller, a security or session filter) and however it was wrapped.
 */
public final class DatabaseTrouble {

	private static final int MAX_DEPTH = 32;

	private DatabaseTrouble() {
	}

	/** The database failure somewhere in the failure's causes, if there is one. */
	public static Optional<Throwable> in(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
			if (isTrouble(cause)) {
				return Optional.of(cause);
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return Optional.empty();
	}

	public static boolean isCauseOf(Throwable failure) {
		return in(failure).isPresent();
	}

	/**
	 * For handlers that would turn any failure into their own answer (a 401, a login
	 * error): lets a database failure go on to the portal's 503 instead.
	 */
	public static void rethrowIfCauseOf(Throwable failure) {
		Optional<Throwable> trouble = in(failure);
		if (trouble.isPresent()) {
			throw trouble.get() instanceof RuntimeException runtime ? runtime
					: new DataAccessResourceFailureException("The database is unavailable", trouble.get());
		}
	}

	private static boolean isTrouble(Throwable failure) {
		if (failure instanceof CannotGetJdbcConnectionException || failure instanceof CannotCreateTransactionException
				|| failure instanceof TransientDataAccessException
				|| failure instanceof DataAccessResourceFailureException
				|| failure instanceof RecoverableDataAccessException) {
			return true;
		}
		if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
				|| failure instanceof SQLRecoverableException) {
			return true;
		}
		// 08: connection exceptions; 57P: the server shutting down or restarting
		return failure instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
	}

}
