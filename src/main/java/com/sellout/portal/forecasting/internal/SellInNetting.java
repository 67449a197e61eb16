package com.sellout.portal.forecasting.internal;

/**
 * The sell-in one distributor × product needs, netting forward month by month:
 * {@code need[m] = max(0, F[m] + … + F[m + L] + cover × F[m] / 4.345 − projected[m] −
 * inTransit[m])}, where F is the sell-out forecast with the named orders in place of
 * their clients' share, L the lead time in months and cover the target cover in weeks.
 * The projected stock at the start of m is the closing of m − 1: the stock before, plus
 * what arrived in m − 1 (the shipments due then and the sell-in needed L months before),
 * less m − 1's forecast — rolled forward from the channel inventory's latest closing. In
 * transit at m: the shipments already made that arrive in m or later, and the plan's own
 * needs of the L months before m, ordered and not yet arrived (each counts there until it
 * arrives, then in the stock: never twice).
 *
 * <p>
 * The formula, {@code max(0, F[m + L] + cover × F[m] / 4.345 − projected[m] −
 * inTransit[m])} with only the shipments already made in transit, is this one for L = 0.
 * For L ≥ 1 it forgets what is sold while an order travels and what the orders of the
 * months before already bring, and the plan swings: with L = 2 and a steady demand the
 * stock runs out and piles up again every six months (the cold try of the demo found it).
 * An order placed in m arrives at the start of m + L, so the stock then — the projected
 * stock, plus every arrival until then, less the sell-out of m … m + L − 1 — must cover
 * F[m + L] and the target: with steady demand the stock settles at the target and the
 * orders equal the sell-out.
 *
 * <p>
 * Stock is never projected below 0 (what is not there is not sold), the target stock
 * never below 0 (a month of net returns), the need never below 0. Pure.
 */
final class SellInNetting {

	/** Weeks in a month on average: 52.14 / 12. */
	static final double WEEKS_PER_MONTH = 4.345;

	private SellInNetting() {
	}

	/** One month's parts. */
	record Month(double sellOut, double named, double target, double projected, double inTransit, double need) {

		/** Number of figures a month holds, in the order {@link #addTo} adds them. */
		static final int FIGURES = 6;

		/** Adds this month's figures to a running sum of months (a group's, a plan's). */
		void addTo(double[] sum) {
			sum[0] += sellOut;
			sum[1] += named;
			sum[2] += target;
			sum[3] += projected;
			sum[4] += inTransit;
			sum[5] += need;
		}

	}

	/**
	 * @param forecast the sell-out forecast (named orders in place) from the plan's first
	 * month; months beyond it repeat its last
	 * @param named the named orders in it, by month
	 * @param stock the latest closing before the first month
	 * @param arrivals the shipments in transit by the month they arrive (index 0 = the
	 * first month)
	 * @param lead the lead time in months
	 * @param coverWeeks the target cover in weeks of sell-out
	 * @param months how many months to plan
	 */
	static Month[] plan(double[] forecast, double[] named, double stock, double[] arrivals, int lead, double coverWeeks,
			int months) {
		Month[] plan = new Month[months];
		double[] need = new double[months];
		double projected = Math.max(0, stock);
		for (int m = 0; m < months; m++) {
			double inTransit = 0;
			for (int k = m; k < arrivals.length; k++) {
				inTransit += arrivals[k];
			}
			for (int k = Math.max(0, m - lead); k < m; k++) {
				inTransit += need[k]; // ordered, arrives at k + L ≥ m
			}
			double sellOut = at(forecast, m);
			double target = Math.max(0, coverWeeks * sellOut / WEEKS_PER_MONTH);
			double untilArrival = 0;
			for (int k = m; k <= m + lead; k++) {
				untilArrival += at(forecast, k);
			}
			need[m] = Math.max(0, untilArrival + target - projected - inTransit);
			plan[m] = new Month(sellOut, m < named.length ? named[m] : 0, target, projected, inTransit, need[m]);
			double arrived = (m < arrivals.length ? arrivals[m] : 0) + (m - lead >= 0 ? need[m - lead] : 0);
			projected = Math.max(0, projected + arrived - sellOut);
		}
		return plan;
	}

	private static double at(double[] values, int i) {
		if (values.length == 0) {
			return 0;
		}
		return values[Math.min(i, values.length - 1)];
	}

}
