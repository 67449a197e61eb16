package com.sellout.portal.forecasting;

import org.jspecify.annotations.Nullable;

/**
 * A named order as a person or a client sends it (the page's form, a row of an xlsx, the
 * API's JSON), every field as text, checked by {@link NamedOrders#create}: the
 * distributor's code (a distributor's user may leave it empty: their own), the client's
 * ИНН, the SKU, the quantity (> 0), the month (YYYY-MM) and the project's name.
 */
public record NamedOrderForm(@Nullable String distributor, @Nullable String clientInn, @Nullable String sku,
		@Nullable String quantity, @Nullable String month, @Nullable String project) {
}
