-- Commercial proposals (issue 24): КП-<distributor code>-<year>-<n>, each version a row of its own
-- (a new version copies and edits, the number stays, earlier versions are kept).

-- The last number given per distributor and year: taken with its row locked
-- (insert … on conflict do update), so two proposals made at once get n and n+1, and a
-- proposal rolled back gives its number back — no gaps, no repeats.
create table quote_counters (
    distributor_id bigint  not null references distributors (id),
    year           integer not null,
    last_number    integer not null,
    primary key (distributor_id, year)
);

-- The manufacturer's logos: kept whole, never changed; a quote names the one it was made with.
create table quote_logos (
    id           bigint generated always as identity primary key,
    content_type varchar(16) not null,
    width        integer     not null,
    height       integer     not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null default now(),
    constraint quote_logos_type_ck check (content_type in ('image/png', 'image/jpeg')),
    constraint quote_logos_size_ck check (octet_length(content) <= 1048576 and width between 1 and 4000
        and height between 1 and 4000)
);

-- The manufacturer's requisites (one row), printed on every proposal.
create table quote_manufacturer_requisites (
    id               boolean primary key default true,
    name             varchar(255) not null,
    inn              varchar(12),
    kpp              varchar(9),
    address          varchar(500),
    bank             varchar(255),
    bik              varchar(9),
    account          varchar(20),
    corr_account     varchar(20),
    phone            varchar(64),
    email            varchar(255),
    logo_id          bigint references quote_logos (id),
    updated_at       timestamptz not null default now(),
    constraint quote_manufacturer_requisites_one_ck check (id)
);

-- A distributor's requisites as its proposals print them (its administrator edits them).
create table quote_distributor_requisites (
    distributor_id   bigint primary key references distributors (id),
    name             varchar(255) not null,
    inn              varchar(12),
    kpp              varchar(9),
    address          varchar(500),
    bank             varchar(255),
    bik              varchar(9),
    account          varchar(20),
    corr_account     varchar(20),
    phone            varchar(64),
    email            varchar(255),
    updated_at       timestamptz not null default now()
);

create table quotes (
    id             bigint generated always as identity primary key,
    distributor_id bigint        not null references distributors (id),
    number         varchar(64)   not null,
    year           integer       not null,
    seq            integer       not null,
    version        integer       not null,
    -- the project the proposal was made from (projects module), or none
    project_id     bigint,
    client_inn     varchar(12)   not null,
    client_name    varchar(255)  not null,
    valid_until    date          not null,
    total_net      numeric(16, 2) not null,
    vat            numeric(16, 2) not null,
    total          numeric(16, 2) not null,
    logo_id        bigint references quote_logos (id),
    created_by     bigint        not null references users (id),
    -- kept as written: the manufacturer's scope reads it without the users of every distributor
    created_by_name varchar(200) not null,
    created_at     timestamptz   not null default now(),
    -- number, client and ИНН in lower case as Java folds them (PostgreSQL's lower() follows the
    -- database's locale, which may fold Latin letters only)
    search_text    varchar(600)  not null,
    constraint quotes_version_uq unique (distributor_id, number, version),
    constraint quotes_version_ck check (version >= 1)
);
create index quotes_recent_ix on quotes (distributor_id, created_at desc);

create table quote_lines (
    quote_id         bigint        not null references quotes (id) on delete cascade,
    distributor_id   bigint        not null references distributors (id),
    line_no          integer       not null,
    sku              varchar(64)   not null,
    name             varchar(500)  not null,
    unit             varchar(32)   not null,
    quantity         numeric(16, 3) not null,
    price            numeric(16, 2) not null,
    discount_percent numeric(5, 2) not null,
    vat_rate         numeric(5, 2) not null,
    net              numeric(16, 2) not null,
    vat              numeric(16, 2) not null,
    total            numeric(16, 2) not null,
    primary key (quote_id, line_no),
    constraint quote_lines_quantity_ck check (quantity > 0),
    constraint quote_lines_price_ck check (price >= 0),
    constraint quote_lines_discount_ck check (discount_percent between 0 and 100),
    constraint quote_lines_vat_ck check (vat_rate between 0 and 100)
);

-- The parties as printed when the version was made (requisites change; a proposal sent does not).
create table quote_parties (
    quote_id         bigint       not null references quotes (id) on delete cascade,
    distributor_id   bigint       not null references distributors (id),
    role             varchar(12)  not null,
    name             varchar(255) not null,
    inn              varchar(12),
    kpp              varchar(9),
    address          varchar(500),
    bank             varchar(255),
    bik              varchar(9),
    account          varchar(20),
    corr_account     varchar(20),
    phone            varchar(64),
    email            varchar(255),
    primary key (quote_id, role),
    constraint quote_parties_role_ck check (role in ('MANUFACTURER', 'SUPPLIER'))
);

do $$
declare t text;
begin
    foreach t in array array['quote_counters', 'quote_distributor_requisites', 'quotes', 'quote_lines',
                             'quote_parties'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all using ((select portal_may_see(distributor_id)))
                        with check ((select portal_may_see(distributor_id)))', t || '_scope', t);
    end loop;
end $$;

-- The manufacturer's requisites and logos are printed on every distributor's proposals: all read
-- them, only the all-distributors scope writes them.
alter table quote_manufacturer_requisites enable row level security;
alter table quote_manufacturer_requisites force row level security;
create policy quote_manufacturer_requisites_read on quote_manufacturer_requisites for select using (true);
create policy quote_manufacturer_requisites_write on quote_manufacturer_requisites for all
    using ((select portal_all_distributors())) with check ((select portal_all_distributors()));

alter table quote_logos enable row level security;
alter table quote_logos force row level security;
create policy quote_logos_read on quote_logos for select using (true);
create policy quote_logos_write on quote_logos for all
    using ((select portal_all_distributors())) with check ((select portal_all_distributors()));

grant select, insert, update, delete on quote_counters, quote_logos, quote_manufacturer_requisites,
    quote_distributor_requisites, quotes, quote_lines, quote_parties to ${app_role};
