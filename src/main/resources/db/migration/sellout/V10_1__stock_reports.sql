-- Stock reports (остатки): a distributor's stock of our products on an as-of date, received,
-- stored and versioned like its sell-out reports (same table, same statuses, restore and
-- withdrawal), their lines in stock_lines. A sell-out report has one active version per
-- distributor and month; a stock report one per distributor and as-of date, and its period is
-- the month of that date.
alter table sellout_reports add column kind varchar(8) not null default 'SELLOUT';
alter table sellout_reports add constraint sellout_reports_kind_ck check (kind in ('SELLOUT', 'STOCK'));
-- what the sender asked for: null is "detect it from the content"
alter table sellout_reports add column requested_kind varchar(8);
alter table sellout_reports add constraint sellout_reports_requested_kind_ck
    check (requested_kind is null or requested_kind in ('SELLOUT', 'STOCK'));
alter table sellout_reports add column as_of date;
alter table sellout_reports add column requested_as_of date;
alter table sellout_reports add constraint sellout_reports_as_of_ck check (as_of is null or kind = 'STOCK');

drop index sellout_reports_active_uq;
create unique index sellout_reports_active_uq on sellout_reports (distributor_id, period)
    where kind = 'SELLOUT' and status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS');
create unique index stock_reports_active_uq on sellout_reports (distributor_id, as_of)
    where kind = 'STOCK' and status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS');

-- A stock report's lines: one product at one warehouse (lines of several warehouses add up).
-- Exceptions keep what was received for a person to fix, as sell-out lines do.
create table stock_lines (
    report_id       bigint        not null,
    line_no         integer       not null,
    distributor_id  bigint        not null,
    accepted        boolean       not null,
    sku             varchar(64),
    distributor_sku varchar(100),
    ean             varchar(14),
    product_name    varchar(500),
    warehouse       varchar(255),
    quantity        numeric(18, 3),
    unit            varchar(32),
    cost            numeric(18, 4),
    problems        jsonb,
    source          jsonb,
    primary key (report_id, line_no)
);
create index stock_lines_sku_ix on stock_lines (distributor_id, sku);

alter table stock_lines enable row level security;
alter table stock_lines force row level security;
create policy stock_lines_scope on stock_lines for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

-- What other modules may read of stock (the channel inventory): the accepted stock of each product
-- in each active stock report, warehouses added up. security_invoker applies the tables' policies
-- to the reader.
create view stock_levels with (security_invoker = true) as
    select r.distributor_id, r.id as report_id, r.as_of, l.sku, sum(l.quantity) as quantity
      from sellout_reports r join stock_lines l on l.report_id = r.id
     where r.kind = 'STOCK' and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and l.accepted
       and l.sku is not null and l.quantity is not null
     group by r.distributor_id, r.id, r.as_of, l.sku;
revoke insert, update, delete, truncate on stock_levels from ${app_role};

-- What other modules may read of sell-out lines (the channel inventory, analytics): the accepted
-- lines of the active sell-out reports, the figures others count with.
create view sellout_sales with (security_invoker = true) as
    select r.distributor_id, r.id as report_id, r.period, l.line_no, l.sale_date, l.sku, l.quantity, l.unit,
           l.amount_net, l.currency, l.client_inn, l.region_code, l.client_segment
      from sellout_reports r join sellout_lines l on l.report_id = r.id
     where r.kind = 'SELLOUT' and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and l.accepted;
revoke insert, update, delete, truncate on sellout_sales from ${app_role};

-- Where each report stands now says of which kind it is.
create or replace view sellout_report_states with (security_invoker = true) as
    select id, distributor_id, period, status, kind from sellout_reports;
revoke insert, update, delete, truncate on sellout_report_states from ${app_role};
