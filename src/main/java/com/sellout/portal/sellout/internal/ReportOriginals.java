package com.sellout.portal.sellout.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The original bytes of sell-out reports. Each is a PostgreSQL large object (written and
 * read as a stream, in the transaction of its report, on every node alike), reached only
 * through its {@code sellout_files} row: that row has row-level security, so a
 * transaction scoped to one distributor never learns another's object.
 */
@Component
public class ReportOriginals {

	private static final int CHUNK = 1024 * 1024;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ReportOriginals(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** An original written as a large object: its oid, its size and SHA-256. */
	record Content(long oid, long size, String sha256) {
	}

	/**
	 * Thrown while the stream is written when it is longer than allowed; the transaction
	 * is rolled back.
	 */
	static final class ContentTooLargeException extends RuntimeException {

		ContentTooLargeException() {
			super("The file is larger than allowed", null, false, false);
		}

	}

	/**
	 * Streams a file into a new large object of the current transaction (so a rollback
	 * leaves nothing behind), hashing it on the way; never more than {@code limit} bytes.
	 */
	Content write(InputStream in, long limit) {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try {
			LargeObjectManager objects = largeObjects();
			long oid = objects.createLO(LargeObjectManager.READWRITE);
			long size = 0;
			try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
					InputStream hashed = new DigestInputStream(in, sha)) {
				byte[] buffer = new byte[CHUNK];
				int read;
				while ((read = hashed.readNBytes(buffer, 0, buffer.length)) > 0) {
					size += read;
					if (size > limit) {
						throw new ContentTooLargeException();
					}
					object.write(buffer, 0, read);
				}
			}
			return new Content(oid, size, HexFormat.of().formatHex(sha.digest()));
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Writing a sell-out file", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A large object written for bytes that made no report (they came before): dropped at
	 * once.
	 */
	void discard(long oid) {
		jdbc.sql("select lo_unlink(?)").param(oid).query(Integer.class).single();
	}

	private LargeObjectManager largeObjects() throws SQLException {
		return DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getLargeObjectAPI();
	}

	void saveFile(long reportId, long distributorId, long oid) {
		jdbc.sql("insert into sellout_files (report_id, distributor_id, content_oid) values (?, ?, ?)")
			.params(reportId, distributorId, oid)
			.update();
	}

	/**
	 * Writes the report's original to {@code out} as it is read (only in a transaction
	 * whose scope may see the report: the oid comes from its row, under row-level
	 * security). Answers its size.
	 */
	public long copyFile(long reportId, OutputStream out) {
		long oid = jdbc.sql("select content_oid from sellout_files where report_id = ?")
			.param(reportId)
			.query(Long.class)
			.single();
		try (LargeObject object = largeObjects().open(oid, LargeObjectManager.READ)) {
			byte[] buffer = new byte[CHUNK];
			long size = 0;
			int read;
			while ((read = object.read(buffer, 0, buffer.length)) > 0) {
				out.write(buffer, 0, read);
				size += read;
			}
			return size;
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Reading a sell-out file", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The report's original copied to a local file, for readers that go over it more than
	 * once.
	 */
	public Path spool(long reportId) {
		try {
			Path file = Files.createTempFile("sellout-" + reportId + "-", ".original");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), CHUNK)) {
				copyFile(reportId, out);
			}
			catch (RuntimeException | IOException ex) {
				Files.deleteIfExists(file);
				throw ex;
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The bytes of a report as received, whole: for small files only (the first rows of a
	 * table, a download).
	 */
	public byte[] file(long reportId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		copyFile(reportId, out);
		return out.toByteArray();
	}

}
