-- Forecasting (issue 18): the stored sell-out forecasts, one per distributor × product series and
-- month it was made in (the last month of the history it was fitted on), every one kept: the page's
-- track record compares the one-month-ahead forecasts of past months with what then happened, the
-- largest changes the latest forecast with the one made the month before. A series is fitted again
-- only when the fingerprint of its history changed. Owned by the forecasting module.
create table forecast_series (
    id             bigserial        primary key,
    distributor_id bigint           not null,
    sku            varchar(64)      not null,
    -- the first day of the last month of the history
    made_in        date             not null,
    -- the newest made-in month of the series: what the stored forecasts answer with
    latest         boolean          not null,
    -- the first month of the history (its first month with a sale)
    history_from   date             not null,
    history_months integer          not null,
    method         varchar(64)      not null,
    method_param   varchar(16)      not null,
    demand_class   varchar(16)      not null,
    -- the rolling-origin backtest's sums (models.BacktestResult)
    windows        integer          not null,
    horizon        integer          not null,
    points         integer          not null,
    abs_error      double precision not null,
    error          double precision not null,
    actual         double precision not null,
    scale          double precision not null,
    fingerprint    varchar(64)      not null,
    fitted_at      timestamptz      not null default now(),
    constraint forecast_series_made_in_ck check (extract(day from made_in) = 1),
    constraint forecast_series_unique unique (distributor_id, sku, made_in)
);
create index forecast_series_latest_ix on forecast_series (distributor_id, sku) where latest;

-- The forecast months of a stored forecast with their 80 % interval (24 months ahead).
create table forecast_values (
    series_id      bigint         not null references forecast_series (id) on delete cascade,
    distributor_id bigint         not null,
    period         date           not null,
    quantity       numeric(18, 3) not null,
    lower80        numeric(18, 3) not null,
    upper80        numeric(18, 3) not null,
    primary key (series_id, period)
);
create index forecast_values_period_ix on forecast_values (distributor_id, period);

-- Which distributors' forecasts wait for a refit (durable: a restart or another node takes them
-- up), and when each was last refitted: the debounce keeps it to one refit per refit interval.
create table forecast_refits (
    distributor_id bigint      primary key,
    pending        boolean     not null default false,
    requested_at   timestamptz,
    due_at         timestamptz,
    started_at     timestamptz,
    finished_at    timestamptz,
    runs           integer     not null default 0,
    series         integer     not null default 0,
    refitted       integer     not null default 0
);
create index forecast_refits_due_ix on forecast_refits (due_at) where pending;

-- Each refit that ran: when, how many series it saw and how many it fitted again.
create table forecast_refit_runs (
    id             bigserial   primary key,
    distributor_id bigint      not null,
    started_at     timestamptz not null,
    finished_at    timestamptz not null,
    series         integer     not null,
    refitted       integer     not null
);
create index forecast_refit_runs_ix on forecast_refit_runs (distributor_id, started_at);

-- Named orders (именные заказы на производство): a distributor's order of a product for a client's
-- named project in a month; it replaces the client's share of the forecast.
create table named_orders (
    id             bigserial      primary key,
    distributor_id bigint         not null,
    client_inn     varchar(12)    not null,
    sku            varchar(64)    not null,
    quantity       numeric(18, 3) not null,
    month          date           not null,
    project        varchar(200)   not null,
    created_at     timestamptz    not null default now(),
    created_by     varchar(64)    not null,
    constraint named_orders_quantity_ck check (quantity > 0),
    constraint named_orders_month_ck check (extract(day from month) = 1)
);
create index named_orders_ix on named_orders (distributor_id, sku, month);

-- The manufacturer's planning terms per distributor (group_id null) and per product group of it.
create table planning_settings (
    id               bigserial     primary key,
    distributor_id   bigint        not null,
    group_id         bigint,
    lead_time_months integer       not null,
    cover_weeks      numeric(6, 2) not null,
    updated_at       timestamptz   not null default now(),
    updated_by       varchar(64),
    constraint planning_settings_lead_ck check (lead_time_months between 0 and 12),
    constraint planning_settings_cover_ck check (cover_weeks >= 0 and cover_weeks <= 52)
);
create unique index planning_settings_unique on planning_settings (distributor_id, coalesce(group_id, 0));

do $$
declare t text;
begin
    foreach t in array array['forecast_series', 'forecast_values', 'forecast_refits', 'forecast_refit_runs',
                             'named_orders'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all'
            || ' using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))'
            || ' with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))',
            t || '_scope', t);
    end loop;
end $$;

-- Everyone reads the terms of the distributors they see; only the manufacturer writes them.
alter table planning_settings enable row level security;
alter table planning_settings force row level security;
create policy planning_settings_read on planning_settings for select
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
create policy planning_settings_write on planning_settings for all using ((select portal_all_distributors()))
    with check ((select portal_all_distributors()));
