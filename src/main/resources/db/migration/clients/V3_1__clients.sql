-- The client (partner) segments the manufacturer maintains. Global reference data.
create table client_segments (
    code       varchar(32)  primary key,
    name_ru    varchar(100) not null,
    name_en    varchar(100) not null,
    active     boolean      not null default true,
    sort_order integer      not null default 100
);
insert into client_segments (code, name_ru, name_en, sort_order) values
    ('DEALER', 'Дилер', 'Dealer', 10),
    ('RETAIL', 'Розничная сеть', 'Retail chain', 20),
    ('INSTALLER', 'Монтажная организация', 'Installer', 30),
    ('DESIGN_INSTITUTE', 'Проектный институт', 'Design institute', 40),
    ('END_CUSTOMER', 'Конечный заказчик', 'End customer', 50),
    ('DEVELOPER', 'Застройщик', 'Developer', 60);

-- One client, one record: ИНН plus КПП (a branch) is unique across the whole system.
create table clients (
    id          bigint generated always as identity primary key,
    inn         varchar(12)   not null,
    kpp         varchar(9),
    ogrn        varchar(15),
    name        varchar(500)  not null,
    segment     varchar(32) references client_segments (code),
    region_code varchar(3),
    region_name varchar(255),
    city        varchar(255),
    address     varchar(1000),
    status      varchar(16)   not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint clients_status_ck check (status in ('NEW', 'ON_REVIEW', 'ACTIVE', 'REJECTED', 'BLOCKED', 'ARCHIVED'))
);
create unique index clients_identity_uq on clients (inn, coalesce(kpp, ''));
create index clients_name_ix on clients (lower(name));
create index clients_status_ix on clients (status);

-- Which distributors work with a client.
create table client_assignments (
    client_id      bigint      not null references clients (id),
    distributor_id bigint      not null references distributors (id),
    assigned_at    timestamptz not null default now(),
    assigned_by    varchar(64),
    primary key (client_id, distributor_id)
);
create index client_assignments_distributor_ix on client_assignments (distributor_id, client_id);

create table client_contacts (
    id        bigint generated always as identity primary key,
    client_id bigint       not null references clients (id),
    name      varchar(255) not null,
    email     varchar(255),
    phone     varchar(32)
);
create index client_contacts_client_ix on client_contacts (client_id);

-- Registrations, assignment requests and status requests awaiting (or given) the manufacturer's decision.
create table client_requests (
    id               bigint generated always as identity primary key,
    kind             varchar(16)  not null,
    client_id        bigint       not null references clients (id),
    distributor_id   bigint       not null references distributors (id),
    -- the requisites as the distributor gave them: all it may know of a client not yet its own
    inn              varchar(12)  not null,
    kpp              varchar(9),
    requested_status varchar(16),
    reason           varchar(2000),
    requested_by     varchar(64),
    requested_at     timestamptz  not null default now(),
    state            varchar(16)  not null default 'PENDING',
    decided_by       varchar(64),
    decided_at       timestamptz,
    decision_comment varchar(2000),
    constraint client_requests_kind_ck check (kind in ('REGISTRATION', 'ASSIGNMENT', 'STATUS_CHANGE')),
    constraint client_requests_state_ck check (state in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index client_requests_pending_ix on client_requests (state, requested_at);
create index client_requests_client_ix on client_requests (client_id);

-- Every change of a client: who, when, from what to what, why. distributor_id names the
-- distributor whose action it was (null: the manufacturer's); other distributors never see it.
create table client_history (
    id             bigint generated always as identity primary key,
    client_id      bigint        not null references clients (id),
    occurred_at    timestamptz   not null default now(),
    actor          varchar(64),
    action         varchar(32)   not null,
    from_status    varchar(16),
    to_status      varchar(16),
    reason         varchar(2000),
    distributor_id bigint references distributors (id)
);
create index client_history_client_ix on client_history (client_id, occurred_at);

-- A distributor's manager restricted to chosen clients (no row: sees all the distributor's clients).
create table manager_client_scopes (
    user_id        bigint not null,
    distributor_id bigint not null references distributors (id),
    client_id      bigint references clients (id),
    constraint manager_client_scopes_uq unique (user_id, client_id)
);
create index manager_client_scopes_user_ix on manager_client_scopes (user_id);

-- A client is visible to the manufacturer and to the distributors it is assigned to.
create function portal_may_see_client(client bigint) returns boolean
    language sql stable
as $$ select portal_all_distributors()
          or exists (select 1 from client_assignments a
                      where a.client_id = client and a.distributor_id = portal_distributor_id()) $$;

alter table clients enable row level security;
alter table clients force row level security;
create policy clients_read on clients for select using (portal_may_see_client(id));
create policy clients_write on clients for all using (portal_all_distributors()) with check (portal_all_distributors());

alter table client_assignments enable row level security;
alter table client_assignments force row level security;
create policy client_assignments_read on client_assignments for select using (portal_may_see(distributor_id));
create policy client_assignments_write on client_assignments for all using (portal_all_distributors())
    with check (portal_all_distributors());

alter table client_contacts enable row level security;
alter table client_contacts force row level security;
create policy client_contacts_read on client_contacts for select using (portal_may_see_client(client_id));
create policy client_contacts_write on client_contacts for all using (portal_all_distributors())
    with check (portal_all_distributors());

alter table client_requests enable row level security;
alter table client_requests force row level security;
create policy client_requests_scope on client_requests for all using (portal_may_see(distributor_id))
    with check (portal_may_see(distributor_id));

alter table client_history enable row level security;
alter table client_history force row level security;
create policy client_history_read on client_history for select
    using (portal_all_distributors()
           or (portal_may_see_client(client_id) and (distributor_id is null or distributor_id = portal_distributor_id())));
create policy client_history_append on client_history for insert with check (portal_all_distributors());

alter table manager_client_scopes enable row level security;
alter table manager_client_scopes force row level security;
create policy manager_client_scopes_scope on manager_client_scopes for all using (portal_may_see(distributor_id))
    with check (portal_may_see(distributor_id));
