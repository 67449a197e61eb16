package com.sellout.portal.forecasting;

/**
 * How a series' demand behaves, by the average inter-demand interval (ADI, threshold
 * 1.32) and the squared coefficient of variation of its non-zero months (CV², threshold
 * 0.49) — Syntetos, Boylan and Croston's classes; it picks the candidate methods.
 */
public enum DemandClass {

	/** Regular and steady (ADI < 1.32, CV² < 0.49): ETS, Theta. */
	SMOOTH,
	/** Regular, sizes vary (ADI < 1.32, CV² ≥ 0.49): ETS. */
	ERRATIC,
	/** Months without demand, steady sizes (ADI ≥ 1.32, CV² < 0.49): Croston, SBA. */
	INTERMITTENT,
	/** Months without demand, sizes vary (ADI ≥ 1.32, CV² ≥ 0.49): TSB. */
	LUMPY,
	/** Fewer than three months with demand: a moving average. */
	SPARSE

}
