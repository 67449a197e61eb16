package com.sellout.portal.database;

import java.util.function.Supplier;

/**
 * Holds the data scope of the current thread. A web request gets its user's scope from a
 * filter, a job asks for {@link DataScope#ALL_DISTRIBUTORS} explicitly; every transaction
 * begun on the thread hands the scope to PostgreSQL, whose row-level security policies
 * read it.
 */
public final class DataScopes {

	private static final ThreadLocal<DataScope> CURRENT = new ThreadLocal<>();

	private DataScopes() {
	}

	public static DataScope current() {
		DataScope scope = CURRENT.get();
		return scope == null ? DataScope.NONE : scope;
	}

	/** Runs the work in the given scope and restores the previous one afterwards. */
	public static <T> T callAs(DataScope scope, Supplier<T> work) {
		DataScope previous = CURRENT.get();
		CURRENT.set(scope);
		try {
			return work.get();
		}
		finally {
			restore(previous);
		}
	}

	public static void runAs(DataScope scope, Runnable work) {
		callAs(scope, () -> {
			work.run();
			return null;
		});
	}

	/** Opens a scope for a request; close it when the request ends. */
	public static Opened open(DataScope scope) {
		DataScope previous = CURRENT.get();
		CURRENT.set(scope);
		return () -> restore(previous);
	}

	private static void restore(DataScope previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}

	/** An opened scope, closed without checked exceptions. */
	@FunctionalInterface
	public interface Opened extends AutoCloseable {

		@Override
		void close();

	}

}
