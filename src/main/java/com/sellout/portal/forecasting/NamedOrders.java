package com.sellout.portal.forecasting;

import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.imports.ImportSummary;
import org.jspecify.annotations.Nullable;

/**
 * The named orders: entered on the page, imported from xlsx, posted over the API. A
 * distributor's users see and enter their own; the manufacturer's all.
 */
public interface NamedOrders {

	/**
	 * Checks and stores one; a bad field throws
	 * {@link com.sellout.portal.shared.InvalidFieldsException} naming it.
	 */
	NamedOrder create(NamedOrderForm form);

	/** The caller's named orders (one distributor's, or all it sees), from a month on. */
	List<NamedOrder> list(@Nullable Long distributorId, @Nullable YearMonth from);

	void delete(long id);

	/**
	 * Every row of an xlsx (columns: distributor, ИНН, SKU, quantity, month, project);
	 * rows with a problem are reported by row and column and stored not.
	 */
	ImportSummary importXlsx(String fileName, byte[] content);

}
