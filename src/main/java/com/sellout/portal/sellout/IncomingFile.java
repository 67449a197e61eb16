package com.sellout.portal.sellout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A file as a channel hands it to the {@link SellOutIntake door}: its name and declared
 * type (both only shown, never trusted for what the file is), its bytes, their size when
 * the channel knows it before reading ({@link #UNKNOWN_SIZE} for a request body without a
 * length), the period the sender named, if any, and its idempotency key, if any; the
 * {@link ReportKind kind} the sender said it is (a stock report sent to the stock
 * endpoint, the portal's kind selector, FTP's {@code in/stock/}; null: told by its
 * content) and the as-of date it named for a stock report (null: not told).
 */
public record IncomingFile(String name, String contentType, Content content, long size, YearMonth period,
		String idempotencyKey, ReportKind kind, LocalDate asOf) {

	/** A file of a kind to be told by its content, with no as-of date. */
	public IncomingFile(String name, String contentType, Content content, long size, YearMonth period,
			String idempotencyKey) {
		this(name, contentType, content, size, period, idempotencyKey, null, null);
	}

	/** The size of a stream whose length comes out only as it is read. */
	public static final long UNKNOWN_SIZE = -1;

	/** Where the bytes are read from: opened once, by the door. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

	public static IncomingFile of(String name, String contentType, byte[] bytes) {
		return new IncomingFile(name, contentType, () -> new ByteArrayInputStream(bytes), bytes.length, null, null);
	}

	/** A file on disk (an FTP upload): streamed, never held whole. */
	public static IncomingFile of(String name, String contentType, Path file) throws IOException {
		return new IncomingFile(name, contentType, () -> Files.newInputStream(file), Files.size(file), null, null);
	}

	/**
	 * A stream the caller opened (an upload's temporary file, a request body) and closes.
	 */
	public static IncomingFile of(String name, String contentType, InputStream stream, long size) {
		return new IncomingFile(name, contentType, () -> stream, size, null, null);
	}

	/**
	 * A request body (the API's raw upload), streamed as it comes; a negative length
	 * (none sent) is {@link #UNKNOWN_SIZE}, and the door cuts such a body at the limit.
	 */
	public static IncomingFile ofBody(String name, String contentType, InputStream body, long contentLength) {
		return of(name, contentType, body, contentLength < 0 ? UNKNOWN_SIZE : contentLength);
	}

	public IncomingFile forPeriod(YearMonth declared) {
		return new IncomingFile(name, contentType, content, size, declared, idempotencyKey, kind, asOf);
	}

	/** The same file of the kind its sender said (null: told by its content). */
	public IncomingFile ofKind(ReportKind told) {
		return new IncomingFile(name, contentType, content, size, period, idempotencyKey, told, asOf);
	}

	/** The same file with the as-of date its sender named for its stock (null: none). */
	public IncomingFile asOf(LocalDate date) {
		return new IncomingFile(name, contentType, content, size, period, idempotencyKey, kind, date);
	}

	/** The same file with its idempotency key; a blank key is none. */
	public IncomingFile withIdempotencyKey(String key) {
		return new IncomingFile(name, contentType, content, size, period,
				key == null || key.isBlank() ? null : key.strip(), kind, asOf);
	}

}
