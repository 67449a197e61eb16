-- The history a stored forecast was fitted on, month by month from history_from: the stored answers
-- (a series, a group, all) show the very months their forecasts were made from, read from this table
-- alone — no pass over the monthly sales per request.
alter table forecast_series add column history float8[];
