package com.sellout.portal.inventory;

import java.time.YearMonth;

import com.sellout.portal.inventory.internal.Recomputation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The write side of the channel inventory for others (a benchmark, an operator's repair):
 * computes a distributor's rows again from a month on. The module's own listeners call it
 * whenever a distributor's sell-in, stock, sell-out or transit time, or the thresholds,
 * change; calling it again changes nothing.
 */
@Service
public class ChannelInventory {

	private final Recomputation recomputation;

	ChannelInventory(Recomputation recomputation) {
		this.recomputation = recomputation;
	}

	/**
	 * Recomputes the distributor's rows of {@code fromMonth} and later (all when null),
	 * in a transaction of its own, one at a time per distributor; answers how many rows
	 * it wrote.
	 */
	public int recompute(long distributorId, @Nullable YearMonth fromMonth) {
		return recomputation.recompute(distributorId, fromMonth);
	}

	/** Recomputes every distributor's rows from its first month. */
	public void recomputeAll() {
		recomputation.recomputeAll();
	}

}
