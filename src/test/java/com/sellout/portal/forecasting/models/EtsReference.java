package com.sellout.portal.forecasting.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference values R's {@code forecast::ets} gave (made by ets_reference.R under
 * src/test/resources/forecasting/ets): per series its months, the model R chose with its
 * criteria and parameters, its point forecasts and 80 % bounds.
 */
record EtsReference(String series, int m, int h, double[] y, String model, double aicc, double loglik, double alpha,
		double beta, double gamma, double phi, double[] mean, double[] lower80, double[] upper80) {

	private static final String DIR = "/forecasting/ets/";

	static List<EtsReference> load() {
		Map<String, List<Double>> values = new LinkedHashMap<>();
		for (String[] row : csv("series.csv")) {
			values.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Double.parseDouble(row[2]));
		}
		Map<String, List<double[]>> forecasts = new LinkedHashMap<>();
		for (String[] row : csv("ets_forecasts.csv")) {
			forecasts.computeIfAbsent(row[0], k -> new ArrayList<>())
				.add(new double[] { num(row[2]), num(row[3]), num(row[4]) });
		}
		List<EtsReference> references = new ArrayList<>();
		for (String[] r : csv("ets_models.csv")) {
			List<double[]> f = forecasts.get(r[0]);
			references.add(new EtsReference(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[3]),
					values.get(r[0]).stream().mapToDouble(Double::doubleValue).toArray(), r[4], num(r[5]), num(r[8]),
					num(r[10]), num(r[11]), num(r[12]), num(r[13]), column(f, 0), column(f, 1), column(f, 2)));
		}
		return references;
	}

	private static double[] column(List<double[]> rows, int c) {
		return rows.stream().mapToDouble(row -> row[c]).toArray();
	}

	private static double num(String s) {
		return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
	}

	private static List<String[]> csv(String name) {
		try (InputStream in = EtsReference.class.getResourceAsStream(DIR + name);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String[]> rows = new ArrayList<>();
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				rows.add(line.replace("\"", "").split(","));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
