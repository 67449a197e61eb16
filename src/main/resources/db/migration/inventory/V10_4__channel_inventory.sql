-- The channel inventory: per distributor, product and month, the opening stock, the month's
-- sell-in and sell-out, the calculated and the reported closing, the gap between them, the cover and
-- the staleness. Computed by the inventory module from the others' read views whenever a
-- distributor's sell-in, stock or sell-out changes, from the affected month on; read by its pages
-- and API.
create table channel_inventory (
    distributor_id     bigint         not null,
    sku                varchar(64)    not null,
    period             date           not null,
    opening            numeric(18, 3),
    opening_source     varchar(10)    not null,
    sell_in            numeric(18, 3) not null default 0,
    sell_out           numeric(18, 3) not null default 0,
    calculated_closing numeric(18, 3),
    reported_closing   numeric(18, 3),
    stock_report_id    bigint,
    gap                numeric(18, 3),
    gap_value          numeric(20, 2),
    gap_percent        numeric(12, 2),
    weekly_sell_out    numeric(18, 3),
    weeks_of_supply    numeric(12, 2),
    band               varchar(16),
    last_sale          date,
    stale_days         integer,
    stale              boolean        not null default false,
    computed_at        timestamptz    not null default now(),
    primary key (distributor_id, period, sku),
    constraint channel_inventory_period_ck check (extract(day from period) = 1),
    constraint channel_inventory_opening_ck check (opening_source in ('REPORTED', 'CALCULATED', 'NONE')),
    constraint channel_inventory_band_ck check (band is null or band in ('OUT_OF_STOCK', 'LOW', 'HEALTHY', 'EXCESS'))
);
create index channel_inventory_period_ix on channel_inventory (period, distributor_id);

alter table channel_inventory enable row level security;
alter table channel_inventory force row level security;
create policy channel_inventory_scope on channel_inventory for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

-- The manufacturer's thresholds for the bands and the staleness: one row.
create table inventory_settings (
    id             integer     primary key default 1,
    low_weeks      numeric(6, 2) not null default 4,
    excess_weeks   numeric(6, 2) not null default 13,
    stale_days     integer     not null default 90,
    updated_at     timestamptz not null default now(),
    updated_by     varchar(64),
    constraint inventory_settings_one_ck check (id = 1),
    constraint inventory_settings_weeks_ck check (low_weeks > 0 and excess_weeks > low_weeks),
    constraint inventory_settings_days_ck check (stale_days between 1 and 3650)
);
insert into inventory_settings (id) values (1);
alter table inventory_settings enable row level security;
alter table inventory_settings force row level security;
create policy inventory_settings_read on inventory_settings for select using (true);
create policy inventory_settings_write on inventory_settings for all using (portal_all_distributors())
    with check (portal_all_distributors());
