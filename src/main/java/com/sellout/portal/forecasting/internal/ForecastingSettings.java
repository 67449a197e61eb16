package com.sellout.portal.forecasting.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the stored forecasts are kept.
 *
 * @param refitInterval a distributor's forecasts are refitted at most once in this time,
 * however many reports it sends (the debounce)
 * @param settle a refit waits this long after the first report of a quiet spell, so that
 * a burst (a distributor sending its history, the demo's seed) is fitted once, whole
 * @param checkInterval how often a node looks for distributors whose refit is due
 * @param threads series fitted at once in a refit; 0 = the machine's cores
 */
@ConfigurationProperties("portal.forecasting")
public record ForecastingSettings(@DefaultValue("10m") Duration refitInterval, @DefaultValue("1m") Duration settle,
		@DefaultValue("30s") Duration checkInterval, @DefaultValue("0") int threads) {

	/** The size of the refit's pool. */
	public int poolSize() {
		return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
	}

}
