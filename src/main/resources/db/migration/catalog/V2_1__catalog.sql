-- The manufacturer's catalog: visible to every user, written by the manufacturer only.
create table product_groups (
    id        bigint generated always as identity primary key,
    parent_id bigint references product_groups (id),
    name      varchar(255)  not null,
    path      varchar(1000) not null,
    constraint product_groups_path_uq unique (path)
);

create table products (
    id         bigint generated always as identity primary key,
    sku        varchar(64)  not null,
    name       varchar(500) not null,
    group_id   bigint references product_groups (id),
    brand      varchar(255),
    unit       varchar(32)  not null default 'шт',
    ean        varchar(14),
    list_price numeric(14, 2),
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    constraint products_sku_uq unique (sku),
    constraint products_price_ck check (list_price is null or list_price >= 0)
);
create index products_updated_ix on products (updated_at, id);
create index products_group_ix on products (group_id);
create index products_ean_ix on products (ean);

-- Minimum resale prices per unit net of VAT. Never updated in place: a new rule replaces the
-- current one with the same scope and start, which keeps its history (replaced_at/by).
create table price_floors (
    id             bigint generated always as identity primary key,
    product_id     bigint         not null references products (id),
    min_price      numeric(14, 2) not null,
    valid_from     date,
    valid_to       date,
    region_code    varchar(3),
    segment        varchar(32),
    distributor_id bigint references distributors (id),
    created_at     timestamptz    not null default now(),
    created_by     varchar(64),
    replaced_at    timestamptz,
    replaced_by    varchar(64),
    constraint price_floors_price_ck check (min_price >= 0),
    constraint price_floors_dates_ck check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index price_floors_current_ix on price_floors (product_id) where replaced_at is null;

-- Floors are the manufacturer's: general ones only in the all-distributors scope; a
-- distributor-specific one also to that distributor (never to another).
alter table price_floors enable row level security;
alter table price_floors force row level security;
create policy price_floors_read on price_floors for select using (portal_may_see(distributor_id));
create policy price_floors_write on price_floors for all using (portal_all_distributors())
    with check (portal_all_distributors());

-- The manufacturer's shipments to distributors, one row per document line.
create table sell_in_lines (
    id             bigint generated always as identity primary key,
    distributor_id bigint         not null references distributors (id),
    document_no    varchar(64)    not null,
    document_date  date           not null,
    line_no        integer        not null,
    product_id     bigint         not null references products (id),
    quantity       numeric(14, 3) not null,
    amount         numeric(16, 2) not null,
    loaded_at      timestamptz    not null default now()
);
create index sell_in_period_ix on sell_in_lines (distributor_id, document_date);
create index sell_in_document_ix on sell_in_lines (distributor_id, document_no);

alter table sell_in_lines enable row level security;
alter table sell_in_lines force row level security;
create policy sell_in_read on sell_in_lines for select using (portal_may_see(distributor_id));
create policy sell_in_write on sell_in_lines for all using (portal_all_distributors())
    with check (portal_all_distributors());

-- Each catalog, floor or sell-in import with its row-by-row result, for download.
create table catalog_imports (
    id          bigint generated always as identity primary key,
    kind        varchar(16)  not null,
    file_name   varchar(255) not null,
    imported_at timestamptz  not null default now(),
    imported_by varchar(64),
    total_rows  integer      not null,
    added       integer      not null,
    updated     integer      not null,
    unchanged   integer      not null,
    skipped     integer      not null,
    warnings    integer      not null,
    outcomes    text         not null
);

-- Import results are the manufacturer's working data (sell-in results name distributors).
alter table catalog_imports enable row level security;
alter table catalog_imports force row level security;
create policy catalog_imports_manufacturer on catalog_imports for all using (portal_all_distributors())
    with check (portal_all_distributors());
