package com.sellout.portal.forecasting.models;

import com.sellout.portal.forecasting.DemandClass;

/**
 * Classifies a series' demand as Syntetos, Boylan and Croston (2005) do: ADI, the average
 * inter-demand interval = months from the first month with demand to the end over the
 * months with demand (1 when every month has one), against 1.32; CV², the squared
 * coefficient of variation (population variance over the squared mean) of the months with
 * demand, against 0.49. A month has demand when it is not 0 — a net return (negative)
 * too; sizes keep their sign, so a mean near 0 makes CV² large (erratic or lumpy), a mean
 * of exactly 0 infinite. Months before the first demand do not count (the series has not
 * started yet); fewer than 3 months with demand is {@link DemandClass#SPARSE}.
 */
public final class DemandClassifier {

	public static final double ADI_THRESHOLD = 1.32;

	public static final double CV2_THRESHOLD = 0.49;

	private DemandClassifier() {
	}

	/** The figures a class is read from. */
	public record Demand(int months, int demands, double adi, double cv2) {

		public DemandClass demandClass() {
			if (demands < 3) {
				return DemandClass.SPARSE;
			}
			boolean regular = adi < ADI_THRESHOLD;
			boolean steady = cv2 < CV2_THRESHOLD;
			if (regular) {
				return steady ? DemandClass.SMOOTH : DemandClass.ERRATIC;
			}
			return steady ? DemandClass.INTERMITTENT : DemandClass.LUMPY;
		}

	}

	public static DemandClass classify(double[] y) {
		return measure(y).demandClass();
	}

	public static Demand measure(double[] y) {
		int first = 0;
		while (first < y.length && y[first] == 0) {
			first++;
		}
		int months = y.length - first;
		int demands = 0;
		double sum = 0;
		for (int t = first; t < y.length; t++) {
			if (y[t] != 0) {
				demands++;
				sum += y[t];
			}
		}
		if (demands == 0) {
			return new Demand(0, 0, Double.NaN, Double.NaN);
		}
		double mean = sum / demands;
		double squares = 0;
		for (int t = first; t < y.length; t++) {
			if (y[t] != 0) {
				squares += (y[t] - mean) * (y[t] - mean);
			}
		}
		double variance = squares / demands;
		double cv2 = mean == 0 ? Double.POSITIVE_INFINITY : variance / (mean * mean);
		return new Demand(months, demands, (double) months / demands, cv2);
	}

}
