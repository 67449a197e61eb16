-- Projects (issue 24): deal registration. A distributor registers a large potential deal of
-- one end client; the manufacturer approves it (protected for that distributor for a time),
-- rejects it with a reason or asks a question (a thread). Conflicts between distributors'
-- projects are computed when the manufacturer looks (all-distributors scope), never stored:
-- a distributor's scope cannot see another's project, so nothing of a conflict can reach it.
create extension if not exists pg_trgm;

create table projects (
    id               bigint generated always as identity primary key,
    distributor_id   bigint        not null references distributors (id),
    client_inn       varchar(12)   not null,
    -- as the distributor typed it: the registry's name is not shown to one that does not see it
    client_name      varchar(500),
    -- the registry's client, when the distributor sees it (or registered it)
    client_id        bigint,
    object_name      varchar(300)  not null,
    address          varchar(500)  not null,
    -- the address normalised for conflict detection (ProjectAddresses)
    address_key      varchar(500)  not null,
    region_code      varchar(3)    not null,
    tender_date      date,
    delivery_date    date,
    amount           numeric(18, 2),
    competitors      varchar(1000),
    comment          text,
    status           varchar(10)   not null default 'NEW',
    decision_comment text,
    decided_by       varchar(100),
    decided_at       timestamptz,
    approved_on      date,
    protected_until  date,
    outcome_at       timestamptz,
    created_by       bigint        not null references users (id),
    created_by_name  varchar(200)  not null,
    created_at       timestamptz   not null default now(),
    submitted_at     timestamptz,
    updated_at       timestamptz   not null default now(),
    constraint projects_status_ck
        check (status in ('NEW', 'ON_REVIEW', 'APPROVED', 'REJECTED', 'WON', 'LOST', 'EXPIRED')),
    constraint projects_amount_ck check (amount is null or amount >= 0)
);
create index projects_distributor_ix on projects (distributor_id, created_at desc);
create index projects_client_address_ix on projects (client_inn, address_key);
create index projects_object_trgm_ix on projects using gin (object_name gin_trgm_ops);
create index projects_protection_ix on projects (protected_until) where status = 'APPROVED';

create table project_lines (
    id             bigint generated always as identity primary key,
    project_id     bigint         not null references projects (id) on delete cascade,
    distributor_id bigint         not null references distributors (id),
    line_no        integer        not null,
    sku            varchar(64)    not null,
    quantity       numeric(18, 3) not null,
    constraint project_lines_quantity_ck check (quantity > 0),
    unique (project_id, line_no)
);

create table project_attachments (
    id             bigint generated always as identity primary key,
    project_id     bigint       not null references projects (id) on delete cascade,
    distributor_id bigint       not null references distributors (id),
    file_name      varchar(255) not null,
    size_bytes     bigint       not null,
    content        bytea        not null,
    added_by       varchar(200) not null,
    added_at       timestamptz  not null default now()
);
create index project_attachments_project_ix on project_attachments (project_id);

alter table projects enable row level security;
alter table projects force row level security;
create policy projects_scope on projects for all
    using ((select portal_may_see(distributor_id))) with check ((select portal_may_see(distributor_id)));

alter table project_lines enable row level security;
alter table project_lines force row level security;
create policy project_lines_scope on project_lines for all
    using ((select portal_may_see(distributor_id))) with check ((select portal_may_see(distributor_id)));

alter table project_attachments enable row level security;
alter table project_attachments force row level security;
create policy project_attachments_scope on project_attachments for all
    using ((select portal_may_see(distributor_id))) with check ((select portal_may_see(distributor_id)));
