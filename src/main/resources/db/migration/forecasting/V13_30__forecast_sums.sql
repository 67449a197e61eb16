-- The sums the forecast page shows for a selection of many series, kept by the refit (issue 18, item
-- 7: the page from stored forecasts in < 300 ms): per distributor and scope — 0 = all products, else a
-- product group with its sub-groups — what the answers would add up over the scope's latest stored
-- forecasts, added up once at each refit of the distributor instead of at every request. A sum over
-- all distributors adds these rows up. Each scope records what it was computed from: the digest of
-- its SKUs (a product moved to another group changes it) and of what the sell-in plan nets against
-- (planning terms, named orders and their clients' shares, channel stock, shipments in transit,
-- transit days, the group tree); a reader whose digest differs computes the page from the series
-- instead, exactly as before, and asks for a refit.
create table forecast_sum_scopes (
    distributor_id bigint      not null,
    scope_id       bigint      not null,
    -- the newest made-in month of the scope's series (the distributor's last month of history);
    -- none when the distributor has no series in the scope
    made_in        date,
    series         integer     not null,
    skus_digest    varchar(32) not null,
    inputs_digest  varchar(32) not null,
    -- when the refit that stored them began reading: a report refreshed in the rollups later
    -- (forecast_refits.requested_at) may have changed the track record's actuals
    computed_at    timestamptz not null,
    primary key (distributor_id, scope_id)
);

-- The histories the scope's stored forecasts were fitted on, added up by month.
create table forecast_sum_history (
    distributor_id bigint           not null,
    scope_id       bigint           not null,
    period         date             not null,
    quantity       double precision not null,
    primary key (distributor_id, scope_id, period)
);

-- The scope's forecasts added up by month: the points, and the squared half-widths of the 80 %
-- intervals below and above (the band of a sum adds them in quadrature).
create table forecast_sum_values (
    distributor_id bigint           not null,
    scope_id       bigint           not null,
    period         date             not null,
    quantity       numeric(20, 3)   not null,
    below2         double precision not null,
    above2         double precision not null,
    primary key (distributor_id, scope_id, period)
);

-- The scope's backtests added up per method (models.BacktestResult's sums; MASE as the sum of the
-- series' MASE and their count).
create table forecast_sum_backtests (
    distributor_id bigint           not null,
    scope_id       bigint           not null,
    method         varchar(64)      not null,
    series         integer          not null,
    windows        integer          not null,
    horizon        integer          not null,
    points         bigint           not null,
    abs_error      double precision not null,
    error          double precision not null,
    actual         double precision not null,
    mase_sum       double precision not null,
    mase_count     integer          not null,
    primary key (distributor_id, scope_id, method)
);

-- The scope's sell-in plan added up by month, each series netted from its own first month.
create table forecast_sum_plans (
    distributor_id bigint           not null,
    scope_id       bigint           not null,
    period         date             not null,
    sell_out       double precision not null,
    named          double precision not null,
    target         double precision not null,
    projected      double precision not null,
    in_transit     double precision not null,
    need           double precision not null,
    primary key (distributor_id, scope_id, period)
);

-- The track record of the scope per made-in month: its stored forecasts of the next month added
-- up, against the actuals of those series then (as the refit read them), and whether the
-- distributor had reported that month.
create table forecast_sum_track (
    distributor_id bigint  not null,
    scope_id       bigint  not null,
    made_in        date    not null,
    forecast       numeric not null,
    actual         numeric not null,
    series         integer not null,
    reported       boolean not null,
    primary key (distributor_id, scope_id, made_in)
);

do $$
declare t text;
begin
    foreach t in array array['forecast_sum_scopes', 'forecast_sum_history', 'forecast_sum_values',
                             'forecast_sum_backtests', 'forecast_sum_plans', 'forecast_sum_track'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all'
            || ' using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))'
            || ' with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))',
            t || '_scope', t);
    end loop;
end $$;
