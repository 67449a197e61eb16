-- What the BI feed (issue 19) and the reporting schema read of the forecasts, declared with
-- @ReadViews on forecasting: each distributor × product's latest stored forecast, month by month,
-- with its 80 % band, the month it was made in, its method and its backtest error.
-- security_invoker applies the tables' policies to the reader.
create view forecast_months with (security_invoker = true) as
    select s.distributor_id, s.sku, v.period, v.quantity, v.lower80, v.upper80, s.made_in, s.method,
           s.demand_class, s.error, s.fitted_at
      from forecast_series s join forecast_values v on v.series_id = s.id
     where s.latest;
revoke insert, update, delete, truncate on forecast_months from ${app_role};
