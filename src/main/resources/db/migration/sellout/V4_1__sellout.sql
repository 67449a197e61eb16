-- Sell-out reports: one row per file received, whatever the channel. The original bytes are kept
-- apart (sellout_files) so that listing reports never drags them along.
create table sellout_reports (
    id                  bigint generated always as identity primary key,
    distributor_id      bigint       not null references distributors (id),
    period              date,
    requested_period    date,
    version             integer,
    status              varchar(32)  not null,
    rejection_key       varchar(100),
    rejection_args      text[],
    source              varchar(16)  not null,
    file_name           varchar(500),
    content_type        varchar(200),
    content_sha256      char(64)     not null,
    size_bytes          bigint       not null,
    idempotency_key     varchar(200),
    format              varchar(32),
    layout              jsonb,
    layout_confirmed    boolean      not null default false,
    received_at         timestamptz  not null default now(),
    received_by         varchar(64),
    processed_at        timestamptz,
    lines               integer      not null default 0,
    accepted_lines      integer      not null default 0,
    exceptions          integer      not null default 0,
    deviations          integer      not null default 0,
    out_of_period       integer      not null default 0,
    accepted_quantity   numeric(20, 3) not null default 0,
    accepted_amount_net numeric(20, 2) not null default 0,
    superseded_by       bigint references sellout_reports (id),
    constraint sellout_reports_status_ck check (status in ('RECEIVED', 'PROCESSING', 'NEEDS_MAPPING', 'ACCEPTED',
        'ACCEPTED_WITH_EXCEPTIONS', 'REJECTED', 'SUPERSEDED')),
    constraint sellout_reports_source_ck check (source in ('PORTAL', 'API', 'FTP', 'EMAIL', 'ONEC_EXCHANGE')),
    constraint sellout_reports_period_ck check (period is null or extract(day from period) = 1),
    constraint sellout_reports_bytes_uq unique (distributor_id, content_sha256)
);
create unique index sellout_reports_idempotency_uq on sellout_reports (distributor_id, idempotency_key)
    where idempotency_key is not null;
-- One active (accepted) report per distributor and period, enforced here and not only in code.
create unique index sellout_reports_active_uq on sellout_reports (distributor_id, period)
    where status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS');
create index sellout_reports_list_ix on sellout_reports (distributor_id, received_at desc);
create index sellout_reports_pending_ix on sellout_reports (status) where status in ('RECEIVED', 'PROCESSING');

-- The bytes as received, stored uncompressed (files are compressed formats or processed at once).
create table sellout_files (
    report_id      bigint primary key references sellout_reports (id),
    distributor_id bigint not null references distributors (id),
    content        bytea  not null
);
alter table sellout_files alter column content set storage external;

-- Lines in the canonical template; exceptions keep what was received for a person to fix. Lines
-- are written only by the pipeline, in the transaction that settles their report (never deleted):
-- no foreign key, whose per-row check would cost a third of a million-line load.
create table sellout_lines (
    report_id        bigint        not null,
    line_no          integer       not null,
    distributor_id   bigint        not null,
    accepted         boolean       not null,
    sale_date        date,
    document_no      varchar(100),
    client_inn       varchar(12),
    client_kpp       varchar(9),
    client_name      varchar(500),
    client_segment   varchar(32),
    region_code      varchar(3),
    city             varchar(255),
    delivery_address varchar(1000),
    sku              varchar(64),
    distributor_sku  varchar(100),
    ean              varchar(14),
    product_name     varchar(500),
    quantity         numeric(18, 3),
    unit             varchar(32),
    price_net        numeric(18, 4),
    amount_net       numeric(18, 2),
    vat_rate         numeric(5, 2),
    currency         varchar(3),
    warehouse        varchar(255),
    project          varchar(255),
    floor_price      numeric(18, 4),
    below_floor_pct  numeric(7, 2),
    out_of_period    boolean       not null default false,
    problems         jsonb,
    source           jsonb,
    primary key (report_id, line_no)
);
create index sellout_lines_distributor_ix on sellout_lines (distributor_id, sale_date);

-- How one distributor's files are read: a layout recognised again by its header signature.
create table sellout_templates (
    id             bigint generated always as identity primary key,
    distributor_id bigint       not null references distributors (id),
    signature      char(64)     not null,
    layout         jsonb        not null,
    confirmed      boolean      not null default false,
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(64),
    constraint sellout_templates_uq unique (distributor_id, signature)
);

-- A distributor's own words for our things: its item codes, its region, unit and segment names.
create table value_mappings (
    distributor_id bigint       not null references distributors (id),
    type           varchar(16)  not null,
    from_key       varchar(200) not null,
    from_value     varchar(200) not null,
    to_value       varchar(200) not null,
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(64),
    primary key (distributor_id, type, from_key),
    constraint value_mappings_type_ck check (type in ('SKU', 'REGION', 'UNIT', 'SEGMENT'))
);

alter table sellout_reports enable row level security;
alter table sellout_reports force row level security;
create policy sellout_reports_scope on sellout_reports for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table sellout_files enable row level security;
alter table sellout_files force row level security;
create policy sellout_files_scope on sellout_files for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table sellout_lines enable row level security;
alter table sellout_lines force row level security;
create policy sellout_lines_scope on sellout_lines for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table sellout_templates enable row level security;
alter table sellout_templates force row level security;
create policy sellout_templates_scope on sellout_templates for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table value_mappings enable row level security;
alter table value_mappings force row level security;
create policy value_mappings_scope on value_mappings for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
