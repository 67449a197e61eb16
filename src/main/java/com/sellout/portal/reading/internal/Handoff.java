package com.sellout.portal.reading.internal;

import java.util.function.Consumer;

import com.sellout.portal.reading.RawRow;

/**
 * Hands rows to the caller and remembers what the caller threw. A reader wraps whatever
 * goes wrong while it parses into "the file is unreadable"; what the caller's own row
 * handling threw — a layout that needs a person, a database that went away — is never the
 * file's fault, so the reader gives that back unchanged.
 */
public final class Handoff implements Consumer<RawRow> {

	private final Consumer<RawRow> rows;

	private Throwable failure;

	public Handoff(Consumer<RawRow> rows) {
		this.rows = rows;
	}

	@Override
	public void accept(RawRow row) {
		try {
			rows.accept(row);
		}
		catch (RuntimeException | Error ex) {
			failure = ex;
			throw ex;
		}
	}

	/** Throws what the caller threw, if it threw; otherwise returns. */
	public void rethrowCallersFailure() {
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
	}

}
