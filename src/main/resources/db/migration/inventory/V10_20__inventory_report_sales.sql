-- The channel inventory's own summary of each sell-out report's accepted lines: per product and
-- month of sale, the quantity, the part dated in that month's last 28 days and the last positive
-- sale. A report's lines change only when a person fixes them (LinesChanged) or a merge adds to
-- them, and then its summary is dropped; so a recomputation reads a few thousand rows per report
-- instead of every line again. Filled and read by the inventory module only.
create table inventory_report_sales (
    report_id      bigint         not null,
    distributor_id bigint         not null,
    sku            varchar(64)    not null,
    period         date           not null,
    sale_month     date           not null,
    quantity       numeric(18, 3) not null,
    in_window      numeric(18, 3),
    last_sale      date,
    primary key (report_id, sku, sale_month)
);
create index inventory_report_sales_distributor_ix on inventory_report_sales (distributor_id);

alter table inventory_report_sales enable row level security;
alter table inventory_report_sales force row level security;
create policy inventory_report_sales_scope on inventory_report_sales for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
