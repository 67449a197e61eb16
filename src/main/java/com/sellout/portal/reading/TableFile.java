package com.sellout.portal.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A file on disk that is read as a stream, as often as a reader needs (delimited text is
 * gone over once for its charset, once for its rows), and whole only by the formats that
 * cannot be read otherwise. Every stream opened passes through {@code watch} (a time
 * budget, say).
 */
public final class TableFile {

	private final Path path;

	private final UnaryOperator<InputStream> watch;

	/**
	 * What the file is, told once where it came in and carried here; null when not told
	 * yet.
	 */
	private final FileType type;

	public TableFile(Path path, UnaryOperator<InputStream> watch) {
		this(path, null, watch);
	}

	/**
	 * A file whose type was told when it came in: it is read as that type and never
	 * detected again.
	 */
	public TableFile(Path path, FileType type, UnaryOperator<InputStream> watch) {
		this.path = path;
		this.type = type;
		this.watch = watch;
	}

	/**
	 * Where it is: for a reader that opens the file itself (a workbook's ZIP is read from
	 * its directory).
	 */
	public Path path() {
		return path;
	}

	public InputStream open() throws IOException {
		return watch.apply(new BufferedInputStream(Files.newInputStream(path), 64 * 1024));
	}

	public long size() {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first bytes (all of them in a shorter file). */
	public byte[] head(int length) {
		try (InputStream in = open()) {
			return in.readNBytes(length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The whole file: only for a format that must be parsed whole, within its limit. */
	public byte[] bytes() {
		try (InputStream in = open()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The type carried with the file, else told from its first bytes. */
	public FileType type() {
		return type != null ? type : FileType.detect(head(8192));
	}

}
