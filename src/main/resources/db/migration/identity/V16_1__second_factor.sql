-- Issue 22, the second factor: a TOTP secret per person, encrypted with the portal's secret key
-- (never stored in clear), confirmed by a first code; the last time step used, so that a code
-- cannot be used twice (the update that raises it is the check, on any node); ten single-use
-- recovery codes kept as keyed hashes. Like bi_keys, the rows have no distributor of their own:
-- they are visible exactly where their person is (the users policy applies inside this one).
create table second_factors (
    user_id          bigint      primary key references users (id) on delete cascade,
    secret_encrypted text        not null,
    created_at       timestamptz not null default now(),
    confirmed_at     timestamptz,
    last_used_step   bigint      not null default 0
);

create table recovery_codes (
    id        bigint generated always as identity primary key,
    user_id   bigint      not null references users (id) on delete cascade,
    code_hash char(64)    not null,
    used_at   timestamptz
);
create index recovery_codes_user_ix on recovery_codes (user_id);

-- The grace period of a person whose role requires a factor begins at their first web login or
-- API use after the factor was introduced (null until then).
alter table users add column second_factor_grace_from timestamptz;

-- The operator's one-time reset (PORTAL_SECURITY_RESET_SECOND_FACTOR=<login>) is done once per
-- login: a restart with the variable still set does not reset a factor set up since.
create table second_factor_operator_resets (
    login   varchar(100) primary key,
    done_at timestamptz  not null default now()
);

alter table second_factors enable row level security;
alter table second_factors force row level security;
create policy second_factors_scope on second_factors for all
    using (exists (select 1 from users u where u.id = second_factors.user_id))
    with check (exists (select 1 from users u where u.id = second_factors.user_id));

alter table recovery_codes enable row level security;
alter table recovery_codes force row level security;
create policy recovery_codes_scope on recovery_codes for all
    using (exists (select 1 from users u where u.id = recovery_codes.user_id))
    with check (exists (select 1 from users u where u.id = recovery_codes.user_id));

grant select, insert, update, delete on second_factors, recovery_codes to ${app_role};
grant select, insert on second_factor_operator_resets to ${app_role};
