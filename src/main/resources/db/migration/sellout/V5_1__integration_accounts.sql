-- Integration accounts: a distributor's systems (1C) delivering sell-out without anyone logging in.
alter table users drop constraint users_role_ck;
alter table users add constraint users_role_ck
    check (role in ('ADMIN', 'ANALYST', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER', 'INTEGRATION'));
-- How an integration account's deliveries count: each a snapshot of its period (the default), or
-- documents added to the period one by one (1C sending documents as they are posted).
alter table users add column delivery_mode varchar(16) not null default 'SNAPSHOT';
alter table users add constraint users_delivery_mode_ck check (delivery_mode in ('SNAPSHOT', 'INCREMENTAL'));

-- API tokens of integration accounts: only a hash is kept; the token is shown once.
create table api_tokens (
    id             bigint generated always as identity primary key,
    user_id        bigint       not null references users (id),
    distributor_id bigint       not null references distributors (id),
    name           varchar(100) not null,
    token_hash     char(64)     not null unique,
    hint           varchar(8)   not null,
    created_at     timestamptz  not null default now(),
    created_by     varchar(64),
    last_used_at   timestamptz,
    revoked_at     timestamptz,
    revoked_by     varchar(64)
);
create index api_tokens_user_ix on api_tokens (user_id);
alter table api_tokens enable row level security;
alter table api_tokens force row level security;
create policy api_tokens_scope on api_tokens for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

-- Deliveries of an incremental account add documents to the period's report.
alter table sellout_reports add column incremental boolean not null default false;
alter table sellout_reports drop constraint sellout_reports_status_ck;
alter table sellout_reports add constraint sellout_reports_status_ck check (status in ('RECEIVED', 'PROCESSING',
    'NEEDS_MAPPING', 'ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS', 'REJECTED', 'SUPERSEDED', 'MERGED'));

-- The CommerceML exchange (/1c_exchange): a session per checkauth, files uploaded in chunks.
create table onec_exchange_sessions (
    id             bigint generated always as identity primary key,
    cookie_hash    char(64)     not null unique,
    user_id        bigint       not null references users (id),
    distributor_id bigint       not null references distributors (id),
    created_at     timestamptz  not null default now(),
    expires_at     timestamptz  not null
);
create table onec_exchange_chunks (
    session_id     bigint       not null references onec_exchange_sessions (id),
    distributor_id bigint       not null references distributors (id),
    file_name      varchar(255) not null,
    seq            integer      not null,
    content        bytea        not null,
    primary key (session_id, file_name, seq)
);
alter table onec_exchange_sessions enable row level security;
alter table onec_exchange_sessions force row level security;
create policy onec_exchange_sessions_scope on onec_exchange_sessions for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
alter table onec_exchange_chunks enable row level security;
alter table onec_exchange_chunks force row level security;
create policy onec_exchange_chunks_scope on onec_exchange_chunks for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
