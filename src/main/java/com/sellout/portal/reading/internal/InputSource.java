package com.sellout.portal.reading.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Where a reader opens its file, as often as it goes over it: bytes in memory, or a file
 * on disk.
 */
@FunctionalInterface
public interface InputSource {

	InputStream open() throws IOException;

	static InputSource of(byte[] bytes) {
		return () -> new ByteArrayInputStream(bytes);
	}

	/** The first bytes (all of them in a shorter file). */
	default byte[] head(int length) {
		try (InputStream in = open()) {
			return in.readNBytes(length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
