package com.sellout.portal.forecasting.models;

import com.sellout.portal.forecasting.DemandClass;
import com.sellout.portal.forecasting.ForecastMethod;

/**
 * The forecast of a series by the method the backtest chose among its demand class's
 * candidates and the baselines (or by the method the user picked), with that method's
 * backtest.
 */
public record Choice(ForecastMethod method, Prediction prediction, DemandClass demandClass, BacktestResult backtest) {
}
