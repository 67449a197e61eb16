-- The BI feed's paging snapshots (issue 19): the sell-out reports active when a reader's first
-- page was served, so that every later page of that read serves lines of exactly those reports.
-- A snapshot belongs to the scope that made it (the user, the distributor, the restricted
-- clients' fingerprint); a later page from another scope is refused. Expired snapshots are
-- deleted by the feed's cleanup.
create table odata_snapshots (
    id             uuid        primary key,
    user_id        bigint      not null,
    distributor_id bigint,
    all_distributors boolean   not null,
    scope_key      varchar(64) not null,
    report_ids     bigint[]    not null,
    created_at     timestamptz not null default now(),
    expires_at     timestamptz not null
);
create index odata_snapshots_expiry_ix on odata_snapshots (expires_at);

alter table odata_snapshots enable row level security;
alter table odata_snapshots force row level security;
create policy odata_snapshots_scope on odata_snapshots for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
