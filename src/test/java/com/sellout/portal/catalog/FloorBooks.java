package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Price floor books for unit tests of other modules, without a database:
 * {@link FloorBook} is built by {@link PriceFloors} from the table, so its constructor is
 * not theirs to call.
 */
public final class FloorBooks {

	private FloorBooks() {
	}

	public static FloorBook of(PriceFloor... rules) {
		return new FloorBook(List.of(rules));
	}

	/**
	 * A current rule for every region, segment and distributor; null dates leave that
	 * side open.
	 */
	public static PriceFloor general(long id, String sku, String minPrice, LocalDate validFrom, LocalDate validTo) {
		return new PriceFloor(id, id, sku, new BigDecimal(minPrice), validFrom, validTo, null, null, null, null, null,
				null, null);
	}

}
