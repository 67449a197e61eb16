package com.sellout.portal.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format written straight into a COPY in 1 MB chunks: a
 * benchmark's millions of rows are never held as one string, and numbers are written
 * without {@code String.format}, which would cost more than the database's side of the
 * load. Text values must hold no tab, newline or backslash (the generator's never do).
 */
final class CopyText implements AutoCloseable {

	private static final byte[] NULL = { '\\', 'N' };

	private final CopyIn copy;

	private final ByteArrayOutputStream memory;

	private final byte[] buffer = new byte[1 << 20];

	private int length;

	private boolean first = true;

	private long rows;

	CopyText(CopyIn copy) {
		this.copy = copy;
		this.memory = null;
	}

	private CopyText() {
		this.copy = null;
		this.memory = new ByteArrayOutputStream(1 << 22);
	}

	/**
	 * Rows kept in memory, to be copied later: one connection runs one COPY at a time,
	 * and some rows are written side by side with others (sell-in and stock).
	 */
	static CopyText inMemory() {
		return new CopyText();
	}

	/**
	 * Copies the rows kept in memory into the table; answers how many the database took.
	 */
	long copyInto(Connection connection, String table) {
		flush();
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " from stdin", new ByteArrayInputStream(memory.toByteArray()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** UTF-8 bytes of a value written often (names, codes), encoded once. */
	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	CopyText bytes(byte[] value) {
		separate();
		if (value == null) {
			put(NULL);
		}
		else {
			put(value);
		}
		return this;
	}

	CopyText text(String value) {
		return bytes(value == null ? null : utf8(value));
	}

	CopyText nul() {
		return bytes(null);
	}

	CopyText bool(boolean value) {
		separate();
		room(1);
		buffer[length++] = (byte) (value ? 't' : 'f');
		return this;
	}

	CopyText number(long value) {
		separate();
		digits(value);
		return this;
	}

	/** Digits appended to the value just written (a document number after its prefix). */
	CopyText append(long value) {
		digits(value);
		return this;
	}

	/** A decimal with two places from its hundredths (kopecks). */
	CopyText hundredths(long value) {
		separate();
		if (value < 0) {
			room(1);
			buffer[length++] = '-';
			value = -value;
		}
		digits(value / 100);
		room(3);
		buffer[length++] = '.';
		buffer[length++] = (byte) ('0' + value % 100 / 10);
		buffer[length++] = (byte) ('0' + value % 10);
		return this;
	}

	CopyText date(LocalDate date) {
		separate();
		room(10);
		int year = date.getYear();
		buffer[length++] = (byte) ('0' + year / 1000);
		buffer[length++] = (byte) ('0' + year / 100 % 10);
		buffer[length++] = (byte) ('0' + year / 10 % 10);
		buffer[length++] = (byte) ('0' + year % 10);
		buffer[length++] = '-';
		buffer[length++] = (byte) ('0' + date.getMonthValue() / 10);
		buffer[length++] = (byte) ('0' + date.getMonthValue() % 10);
		buffer[length++] = '-';
		buffer[length++] = (byte) ('0' + date.getDayOfMonth() / 10);
		buffer[length++] = (byte) ('0' + date.getDayOfMonth() % 10);
		return this;
	}

	/** Ends the row. */
	void end() {
		room(1);
		buffer[length++] = '\n';
		first = true;
		rows++;
	}

	long rows() {
		return rows;
	}

	/** Sends what is left and ends the COPY; answers the rows the database took. */
	long finish() {
		flush();
		try {
			return copy.endCopy();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (copy != null && copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private void separate() {
		if (!first) {
			room(1);
			buffer[length++] = '\t';
		}
		first = false;
	}

	private void digits(long value) {
		if (value < 0) {
			room(1);
			buffer[length++] = '-';
			value = -value;
		}
		room(20);
		int start = length;
		do {
			buffer[length++] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value > 0);
		for (int i = start, j = length - 1; i < j; i++, j--) {
			byte swap = buffer[i];
			buffer[i] = buffer[j];
			buffer[j] = swap;
		}
	}

	private void put(byte[] value) {
		room(value.length);
		System.arraycopy(value, 0, buffer, length, value.length);
		length += value.length;
	}

	private void room(int bytes) {
		if (length + bytes > buffer.length) {
			flush();
		}
	}

	private void flush() {
		if (length == 0) {
			return;
		}
		if (memory != null) {
			memory.write(buffer, 0, length);
			length = 0;
			return;
		}
		try {
			copy.writeToCopy(buffer, 0, length);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		length = 0;
	}

}
