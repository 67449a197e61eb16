package com.sellout.portal.analytics.internal;

import java.util.List;

/**
 * A flag a product group's dynamics raised, with the figures that raised it (in the order
 * its rule's message names them): what the page shows on hover.
 */
public record DemandFlag(Kind kind, List<Object> figures) {

	/** What a flag says. */
	public enum Kind {

		/** «Затоваривание»: sold in steadily, sold out less, stock piling up. */
		STAGNATION,
		/** «Ажиотаж»: sold out faster than sold in, weeks of supply falling. */
		HYPE,
		/** Sell-out up by the threshold (no stock figures to judge more). */
		GROWTH,
		/** Sell-out down by the threshold (no stock figures to judge more). */
		DECLINE

	}

}
