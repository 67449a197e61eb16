package com.sellout.portal.forecasting.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forecast page's parameters as its address carries them, so that a forecast can be
 * shared by its address and the export asks for exactly what the page shows: the
 * manufacturer's distributor (its code; none = all), a product group (id, sub-groups
 * included) or a product (SKU; it beats the group), the horizon in months (1–24, 12 when
 * not given), the method ({@code auto} or none = the backtest's choice, else a
 * {@link com.sellout.portal.forecasting.ForecastMethod#param()}) and the month the
 * forecast is made as of ({@code YYYY-MM}; none = from the latest history).
 */
public record ForecastParams(String distributor, Long group, String sku, Integer horizon, String method, String asOf) {

	static final int DEFAULT_HORIZON = 12;

	public ForecastParams {
		distributor = blankToNull(distributor);
		sku = blankToNull(sku);
		method = blankToNull(method);
		if ("auto".equalsIgnoreCase(method)) {
			method = null;
		}
		asOf = blankToNull(asOf);
	}

	/** The horizon asked for, else the default. */
	public int months() {
		return horizon == null ? DEFAULT_HORIZON : horizon;
	}

	/** The same selection for another distributor and series (a list's link). */
	public static String link(String distributor, String sku) {
		return UriComponentsBuilder.fromPath("/forecast")
			.queryParam("distributor", distributor)
			.queryParam("sku", sku)
			.encode()
			.build()
			.toUriString();
	}

	/** This selection's address on another path (the export). */
	public String on(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (distributor != null) {
			uri.queryParam("distributor", distributor);
		}
		if (sku != null) {
			uri.queryParam("sku", sku);
		}
		else if (group != null) {
			uri.queryParam("group", group);
		}
		uri.queryParam("horizon", months());
		if (method != null) {
			uri.queryParam("method", method);
		}
		if (asOf != null) {
			uri.queryParam("asOf", asOf);
		}
		return uri.encode().build().toUriString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
