-- Analytics (issue 17): sales rollups, one per query shape, each row a report's sum over its
-- accepted lines for one combination of the shape's dimensions. Keyed by the report, so that a
-- report's event replaces exactly that report's rows (delete, then insert from sellout_sales) —
-- idempotent, whatever the order or the number of deliveries; only active sell-out reports have
-- rows. The period is the report's month. amount_net sums the lines in RUB only; the lines in
-- another currency are counted in other_currency_lines (and in lines). A value the line lacks
-- (region, segment, product, unit) stays null: the pages show it as «не указан».
-- Filled and read by the analytics module only.

-- Which report the rollups hold, at which of its revisions.
create table analytics_reports (
    report_id      bigint      primary key,
    distributor_id bigint      not null,
    period         date,
    revision       bigint      not null,
    active         boolean     not null,
    refreshed_at   timestamptz not null default now()
);

-- distributor × month × product: totals, trends, groups, products, dynamics.
create table sales_by_product (
    report_id            bigint         not null,
    distributor_id       bigint         not null,
    period               date           not null,
    sku                  varchar(64),
    unit                 varchar(32),
    lines                integer        not null,
    quantity             numeric(18, 3),
    amount_net           numeric(18, 2),
    other_currency_lines integer        not null
);
create index sales_by_product_report_ix on sales_by_product (report_id);
create index sales_by_product_period_ix on sales_by_product (period, distributor_id);

-- distributor × month × region × segment: regions, segments, white spots' places.
create table sales_by_place (
    report_id            bigint         not null,
    distributor_id       bigint         not null,
    period               date           not null,
    region_code          varchar(3),
    client_segment       varchar(32),
    unit                 varchar(32),
    lines                integer        not null,
    quantity             numeric(18, 3),
    amount_net           numeric(18, 2),
    other_currency_lines integer        not null
);
create index sales_by_place_report_ix on sales_by_place (report_id);
create index sales_by_place_period_ix on sales_by_place (period, distributor_id);

-- distributor × month × product × region × segment: a product filter with a place, or the reverse;
-- white spots (region × group).
create table sales_by_product_place (
    report_id            bigint         not null,
    distributor_id       bigint         not null,
    period               date           not null,
    sku                  varchar(64),
    region_code          varchar(3),
    client_segment       varchar(32),
    unit                 varchar(32),
    lines                integer        not null,
    quantity             numeric(18, 3),
    amount_net           numeric(18, 2),
    other_currency_lines integer        not null
);
create index sales_by_product_place_report_ix on sales_by_product_place (report_id);
create index sales_by_product_place_period_ix on sales_by_product_place (period, distributor_id);
create index sales_by_product_place_region_ix on sales_by_product_place (region_code, period);

-- distributor × month × client (with the client's region and segment on the lines): clients,
-- concentration, new and lost clients, the client card.
create table sales_by_client (
    report_id            bigint         not null,
    distributor_id       bigint         not null,
    period               date           not null,
    client_inn           varchar(12),
    client_name          varchar(500),
    region_code          varchar(3),
    client_segment       varchar(32),
    unit                 varchar(32),
    lines                integer        not null,
    quantity             numeric(18, 3),
    amount_net           numeric(18, 2),
    other_currency_lines integer        not null
);
create index sales_by_client_report_ix on sales_by_client (report_id);
create index sales_by_client_period_ix on sales_by_client (period, distributor_id);
create index sales_by_client_inn_ix on sales_by_client (client_inn, period);

-- distributor × month × client × product (with region and segment): the clients of a product or a
-- group, and whatever no smaller rollup covers — narrower than the lines, and summed over a
-- month's repeated sales of a product to a client.
create table sales_by_client_product (
    report_id            bigint         not null,
    distributor_id       bigint         not null,
    period               date           not null,
    client_inn           varchar(12),
    sku                  varchar(64),
    region_code          varchar(3),
    client_segment       varchar(32),
    unit                 varchar(32),
    lines                integer        not null,
    quantity             numeric(18, 3),
    amount_net           numeric(18, 2),
    other_currency_lines integer        not null
);
create index sales_by_client_product_report_ix on sales_by_client_product (report_id);
create index sales_by_client_product_period_ix on sales_by_client_product (period, distributor_id);
create index sales_by_client_product_sku_ix on sales_by_client_product (sku, period);

-- distributor × month × client × product of the lines sold below the price floor: price
-- deviations (monitoring). below_amount = Σ (floor − price) × quantity, floor_amount = Σ floor ×
-- quantity (so the percent below of a group of lines is below_amount / floor_amount).
create table sales_below_floor (
    report_id      bigint         not null,
    distributor_id bigint         not null,
    period         date           not null,
    client_inn     varchar(12),
    client_name    varchar(500),
    sku            varchar(64),
    lines          integer        not null,
    quantity       numeric(18, 3),
    amount_net     numeric(18, 2),
    below_amount   numeric(20, 2),
    floor_amount   numeric(20, 2),
    max_below_pct  numeric(7, 2)
);
create index sales_below_floor_report_ix on sales_below_floor (report_id);
create index sales_below_floor_period_ix on sales_below_floor (period, distributor_id);

do $$
declare t text;
begin
    foreach t in array array['analytics_reports', 'sales_by_product', 'sales_by_place', 'sales_by_product_place',
                             'sales_by_client', 'sales_by_client_product', 'sales_below_floor'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all'
            || ' using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))'
            || ' with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))',
            t || '_scope', t);
    end loop;
end $$;

-- The manufacturer's rules of the demand-dynamics flags: one row.
create table analytics_settings (
    id                     integer       primary key default 1,
    stagnation_months      integer       not null default 3,
    stagnation_drop_pct    numeric(6, 2) not null default 10,
    stagnation_stock_pct   numeric(6, 2) not null default 10,
    hype_ratio             numeric(6, 2) not null default 1.2,
    hype_months            integer       not null default 2,
    updated_at             timestamptz   not null default now(),
    updated_by             varchar(64),
    constraint analytics_settings_one_ck check (id = 1),
    constraint analytics_settings_months_ck check (stagnation_months between 1 and 12 and hype_months between 1 and 12),
    constraint analytics_settings_pct_ck check (stagnation_drop_pct > 0 and stagnation_stock_pct > 0 and hype_ratio > 1)
);
insert into analytics_settings (id) values (1);
alter table analytics_settings enable row level security;
alter table analytics_settings force row level security;
create policy analytics_settings_read on analytics_settings for select using (true);
create policy analytics_settings_write on analytics_settings for all using (portal_all_distributors())
    with check (portal_all_distributors());
