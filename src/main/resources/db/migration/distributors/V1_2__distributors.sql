create table distributors (
    id                  bigint generated always as identity primary key,
    code                varchar(32)  not null,
    name                varchar(255) not null,
    inn                 varchar(12)  not null,
    kpp                 varchar(9),
    regions             varchar(1000),
    contract_start      date,
    contract_end        date,
    reporting_frequency varchar(16)  not null default 'MONTHLY',
    email               varchar(255),
    phone               varchar(32),
    active              boolean      not null default true,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint distributors_code_uq unique (code),
    constraint distributors_frequency_ck check (reporting_frequency in ('MONTHLY', 'WEEKLY', 'QUARTERLY')),
    constraint distributors_contract_ck check (contract_end is null or contract_start is null or contract_end >= contract_start)
);

-- A distributor's users see their own distributor's row; only the all-distributors scope writes.
alter table distributors enable row level security;
alter table distributors force row level security;
create policy distributors_read on distributors for select using (portal_may_see(id));
create policy distributors_write on distributors for all using (portal_all_distributors())
    with check (portal_all_distributors());
