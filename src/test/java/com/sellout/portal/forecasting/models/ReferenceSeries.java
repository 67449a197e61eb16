package com.sellout.portal.forecasting.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the records R wrote under {@code src/test/resources/forecasting/methods/}: one a
 * line, fields split by '|', numbers by spaces (see the R scripts there).
 */
final class ReferenceSeries {

	private ReferenceSeries() {
	}

	static List<String[]> records(String resource, String kind) {
		try (InputStream in = ReferenceSeries.class.getResourceAsStream("/forecasting/methods/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(line -> line.split("\\|", -1))
				.filter(fields -> fields[0].equals(kind))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static double[] numbers(String field) {
		return field.isBlank() ? new double[0]
				: Arrays.stream(field.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
	}

}
