package com.sellout.portal.forecasting.models;

/**
 * What one method forecasts for a series: the point forecasts of the next months and
 * their 80 % prediction interval, {@code method} naming the method as the page shows it
 * ("ETS(M,Ad,N)", "Theta", "SBA", "Seasonal naive", "Moving average(3)", …).
 */
public record Prediction(String method, double[] mean, double[] lower80, double[] upper80) {

	public int horizon() {
		return mean.length;
	}

}
