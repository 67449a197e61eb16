-- The reporting calendar (issue 20): the production calendar, the reporting terms, and the
-- corrections the manufacturer asked for.

-- The years the production calendar has a list of its own for (shipped as CSV, then edited by
-- the manufacturer's administrator): where the list came from and whether the government's
-- transfers of days off are in it.
create table calendar_years (
    year            integer      primary key,
    source          text         not null,
    transfers_known boolean      not null,
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(64)
);
-- Every day of a listed year, working or not.
create table calendar_days (
    day     date         primary key,
    working boolean      not null,
    note    varchar(200)
);
alter table calendar_years enable row level security;
alter table calendar_years force row level security;
create policy calendar_years_read on calendar_years for select using (true);
create policy calendar_years_write on calendar_years for all using (portal_all_distributors())
    with check (portal_all_distributors());
alter table calendar_days enable row level security;
alter table calendar_days force row level security;
create policy calendar_days_read on calendar_days for select using (true);
create policy calendar_days_write on calendar_days for all using (portal_all_distributors())
    with check (portal_all_distributors());

-- The reporting terms for all (one row), and a distributor's own where the manufacturer set them.
create table calendar_reporting_defaults (
    id                 integer      primary key default 1 check (id = 1),
    due_kind           varchar(16)  not null default 'WORKING_DAY',
    due_day            integer      not null default 5,
    week_due           integer      not null default 2,
    grace_working_days integer      not null default 3,
    zone               varchar(64)  not null default 'Europe/Moscow',
    expects_stock      boolean      not null default false,
    updated_at         timestamptz  not null default now(),
    updated_by         varchar(64),
    constraint calendar_reporting_defaults_due_ck check (due_kind in ('WORKING_DAY', 'DAY_OF_MONTH'))
);
insert into calendar_reporting_defaults (id) values (1);
alter table calendar_reporting_defaults enable row level security;
alter table calendar_reporting_defaults force row level security;
create policy calendar_reporting_defaults_read on calendar_reporting_defaults for select using (true);
create policy calendar_reporting_defaults_write on calendar_reporting_defaults for all
    using (portal_all_distributors()) with check (portal_all_distributors());

create table calendar_reporting_rules (
    distributor_id     bigint       primary key references distributors (id),
    due_kind           varchar(16)  not null,
    due_day            integer      not null,
    week_due           integer      not null,
    grace_working_days integer      not null,
    zone               varchar(64)  not null,
    expects_stock      boolean      not null,
    updated_at         timestamptz  not null default now(),
    updated_by         varchar(64),
    constraint calendar_reporting_rules_due_ck check (due_kind in ('WORKING_DAY', 'DAY_OF_MONTH'))
);
alter table calendar_reporting_rules enable row level security;
alter table calendar_reporting_rules force row level security;
-- a distributor's user reads its own terms (its deadlines follow them); only the manufacturer
-- writes them
create policy calendar_reporting_rules_read on calendar_reporting_rules for select
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
create policy calendar_reporting_rules_write on calendar_reporting_rules for all
    using (portal_all_distributors()) with check (portal_all_distributors());

-- A correction the manufacturer asked for on a report: the month's submission waits for a newer
-- accepted version.
create table calendar_corrections (
    id             bigint       generated always as identity primary key,
    report_id      bigint       not null,
    distributor_id bigint       not null references distributors (id),
    kind           varchar(8)   not null,
    period         date         not null,
    requested_at   timestamptz  not null,
    requested_by   varchar(64)
);
create index calendar_corrections_month_ix on calendar_corrections (distributor_id, period);
alter table calendar_corrections enable row level security;
alter table calendar_corrections force row level security;
create policy calendar_corrections_read on calendar_corrections for select
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
create policy calendar_corrections_write on calendar_corrections for all
    using (portal_all_distributors()) with check (portal_all_distributors());
