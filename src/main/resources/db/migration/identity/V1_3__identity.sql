create table users (
    id             bigint generated always as identity primary key,
    login          varchar(64)  not null,
    password_hash  varchar(255) not null,
    name           varchar(255) not null,
    email          varchar(255),
    phone          varchar(32),
    role           varchar(32)  not null,
    distributor_id bigint references distributors (id),
    language       varchar(2)   not null default 'ru',
    active         boolean      not null default true,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint users_role_ck check (role in ('ADMIN', 'ANALYST', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')),
    constraint users_binding_ck check ((role in ('ADMIN', 'ANALYST')) = (distributor_id is null)),
    constraint users_language_ck check (language in ('ru', 'en'))
);
create unique index users_login_uq on users (lower(login));
create index users_distributor_ix on users (distributor_id);

alter table users enable row level security;
alter table users force row level security;
create policy users_scope on users for all using (portal_may_see(distributor_id))
    with check (portal_may_see(distributor_id));

-- Failed logins per account and per address, shared by every app node. Not distributor-owned.
create table login_throttle (
    key           varchar(200) primary key,
    failures      integer      not null,
    window_start  timestamptz  not null,
    blocked_until timestamptz
);
