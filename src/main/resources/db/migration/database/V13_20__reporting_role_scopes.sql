-- Issue 19: login roles for tools that read PostgreSQL directly (DataLens, Visiology, Power BI's
-- PostgreSQL connector). They cannot set the portal.* settings the application hands every
-- transaction — any session may set those — so their data scope is fixed per role, in a table only
-- the schema owner writes, and the scope functions the policies call answer from it for a member
-- of the reporting group, whatever the session has set.
create schema if not exists reporting;
revoke all on schema reporting from public;
grant usage on schema reporting to ${app_role};

-- role -> all distributors or one. Written by the owner alone (the functions below); the
-- application lists it, a reporting role reads its own row.
create table reporting.role_scopes (
    role             name        primary key,
    all_distributors boolean     not null,
    distributor_id   bigint,
    created_at       timestamptz not null default now(),
    constraint role_scopes_one_ck check (all_distributors = (distributor_id is null))
);
alter table reporting.role_scopes enable row level security;
-- not forced: the owner's functions write it; everyone else reads under the policy
create policy role_scopes_read on reporting.role_scopes for select
    using (role = current_user or pg_has_role('${app_role}', 'USAGE'));
revoke all on reporting.role_scopes from public;
revoke insert, update, delete, truncate on reporting.role_scopes from ${app_role};
grant select on reporting.role_scopes to ${app_role};

-- The scope of the current role: invoker's rights (the policy shows it its own row only), parallel
-- safe so that the application's queries, which name these in their policies, keep their parallel
-- plans. Called only for a member of the reporting group (see portal_all_distributors below).
-- SQL-standard bodies (return …), here and below: parsed once, here, and kept as references to
-- the objects themselves. A body kept as text is parsed where it runs (inlined into a policy) with
-- the reader's search_path and rights — and a reporting role may not even look into schema public.
create function reporting.scope_all_distributors() returns boolean
    language sql stable parallel safe
    return coalesce((select s.all_distributors from reporting.role_scopes s where s.role = current_user), false);

create function reporting.scope_distributor_id() returns bigint
    language sql stable parallel safe
    return (select s.distributor_id from reporting.role_scopes s where s.role = current_user and not s.all_distributors);

revoke all on function reporting.scope_all_distributors(), reporting.scope_distributor_id() from public;
grant execute on function reporting.scope_all_distributors(), reporting.scope_distributor_id() to ${app_role};

-- The scope functions of V1_1, now deaf to the settings for whoever has the reporting group's
-- privileges (its login members, the group itself). Still one SQL expression each, so PostgreSQL
-- inlines them into the policies as before: the application's role is told apart by name first
-- (one comparison), so its queries never reach the membership check nor the table.
-- 'USAGE' (has the group's privileges), not 'MEMBER': the owner is an admin member of the roles it
-- creates (PostgreSQL 16+) without inheriting them, and must keep its settings.
create or replace function portal_all_distributors() returns boolean
    language sql stable parallel safe
    return case when current_user = '${app_role}'::name
                  or not coalesce(pg_has_role(current_user, to_regrole('${reporting_group}'), 'USAGE'), false)
                then coalesce(current_setting('portal.all_distributors', true), '') = 'on'
                else reporting.scope_all_distributors() end;

create or replace function portal_distributor_id() returns bigint
    language sql stable parallel safe
    return case when current_user = '${app_role}'::name
                  or not coalesce(pg_has_role(current_user, to_regrole('${reporting_group}'), 'USAGE'), false)
                then nullif(current_setting('portal.distributor_id', true), '')::bigint
                else reporting.scope_distributor_id() end;

-- unchanged but for its body's form (see above)
create or replace function portal_may_see(owner_distributor_id bigint) returns boolean
    language sql stable parallel safe
    return portal_all_distributors()
           or (owner_distributor_id is not null and owner_distributor_id = portal_distributor_id());

-- The policies that call portal_may_see(column) per row, in the form the larger tables' policies
-- already have: the scope read once per query (init plans), the column compared with it. Same rows
-- (a null owner: the all-distributors scope only), and the name check above is not paid per row —
-- measured with bench/reporting-scope.sh (README). A policy written later may still call
-- portal_may_see(): correct, a little dearer per row.
do $$
declare
    p record;
    owner text;
begin
    for p in select schemaname, tablename, policyname, qual, with_check from pg_policies
              where schemaname = 'public'
                and (qual ~ '^portal_may_see\([a-z_]+\)$' or with_check ~ '^portal_may_see\([a-z_]+\)$') loop
        if p.qual ~ '^portal_may_see\([a-z_]+\)$' then
            owner := substring(p.qual from '^portal_may_see\(([a-z_]+)\)$');
            execute format('alter policy %I on %I.%I using ((select portal_all_distributors())'
                           || ' or %I = (select portal_distributor_id()))', p.policyname, p.schemaname, p.tablename,
                           owner);
        end if;
        if p.with_check ~ '^portal_may_see\([a-z_]+\)$' then
            owner := substring(p.with_check from '^portal_may_see\(([a-z_]+)\)$');
            execute format('alter policy %I on %I.%I with check ((select portal_all_distributors())'
                           || ' or %I = (select portal_distributor_id()))', p.policyname, p.schemaname, p.tablename,
                           owner);
        end if;
    end loop;
end $$;

-- What PostgreSQL grants PUBLIC by default and a reporting role must not have: the public schema
-- (the tables' names, and the columns the reporting views need, granted below) and temporary
-- tables (it would own them). The application's roles get them by name first.
grant usage on schema public to ${app_role};
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${app_role}_loader') then
        execute 'grant usage on schema public to ${app_role}_loader';
    end if;
    execute format('grant connect, temporary on database %I to ${app_role}', current_database());
    execute format('revoke temporary on database %I from public', current_database());
end $$;
revoke usage on schema public from public;

-- Makes the reporting group when the owner may (CREATEROLE: the embedded database gives it; an
-- external one's DBA decides, see docs/reporting-database.md), and grants it what the reporting
-- views read: the views, and — they run with the reader's rights (security_invoker) — the columns
-- they and the security_invoker views beneath them read, found in PostgreSQL's own dependency
-- records, so that a view added or changed later needs no grant of its own. Run by the reporting
-- migrations and again before each new role; answers whether the group exists.
create function reporting.prepare() returns boolean
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
declare
    reads record;
begin
    if to_regrole('${reporting_group}') is null then
        if not (select rolcreaterole from pg_roles where rolname = current_user) then
            return false;
        end if;
        execute 'create role ${reporting_group} nologin noinherit';
    end if;
    execute 'grant usage on schema reporting to ${reporting_group}';
    execute 'grant select on reporting.role_scopes to ${reporting_group}';
    execute 'grant execute on function reporting.scope_all_distributors(), reporting.scope_distributor_id()'
            || ' to ${reporting_group}';
    execute 'revoke select on all tables in schema public from ${reporting_group}';
    for reads in
        with recursive viewed(oid) as (
            select c.oid from pg_class c where c.relnamespace = 'reporting'::regnamespace and c.relkind = 'v'
            union
            select d.refobjid
              from viewed v join pg_rewrite w on w.ev_class = v.oid
              join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = w.oid
                              and d.refclassid = 'pg_class'::regclass and d.refobjid <> v.oid
              join pg_class c on c.oid = d.refobjid
             where c.relkind = 'v' and coalesce('security_invoker=true' = any(c.reloptions), false))
        select d.refobjid::regclass as relation,
               string_agg(distinct quote_ident(a.attname), ', ') as columns
          from viewed v join pg_rewrite w on w.ev_class = v.oid
          join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = w.oid
                          and d.refclassid = 'pg_class'::regclass and d.refobjid <> v.oid
          join pg_class c on c.oid = d.refobjid and c.relkind in ('r', 'p', 'v', 'm')
          left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid and d.refobjsubid > 0
         group by d.refobjid
    loop
        if reads.columns is null then
            execute format('grant select on %s to ${reporting_group}', reads.relation);
        else
            execute format('grant select (%s) on %s to ${reporting_group}', reads.columns, reads.relation);
        end if;
    end loop;
    for reads in select c.oid::regclass as relation from pg_class c
                  where c.relnamespace = 'reporting'::regnamespace and c.relkind = 'v' loop
        execute format('grant select on %s to ${reporting_group}', reads.relation);
    end loop;
    return true;
end $$;

-- The login roles themselves, for the application, which has no CREATEROLE: it calls these (owned
-- by the schema owner, run with its rights) and they do nothing else than their name says. A name
-- must be reporting_<lower-case letters, digits, _>; a password comes as a SCRAM-SHA-256 verifier
-- made by the application, so that the password itself never reaches the server or its logs.
create function reporting.check_login(login text, existing boolean) returns void
    language plpgsql stable set search_path = pg_catalog, pg_temp
as $$
begin
    if login is null or login !~ '^reporting_[a-z0-9_]{1,53}$' then
        raise exception 'not a reporting role name: %', login using errcode = '22023';
    end if;
    if existing and not exists (select 1 from reporting.role_scopes s where s.role = login) then
        raise exception 'no reporting role %', login using errcode = '42704';
    end if;
end $$;

create function reporting.check_verifier(verifier text) returns void
    language plpgsql immutable set search_path = pg_catalog, pg_temp
as $$
begin
    if verifier is null
       or verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' then
        raise exception 'not a SCRAM-SHA-256 verifier' using errcode = '22023';
    end if;
end $$;

-- Ends the role's sessions: the owner may signal them once it has the role's privileges, which it
-- takes for this transaction's moment and gives back (PostgreSQL 16+ makes its admin membership
-- non-inheriting).
create function reporting.end_sessions(login text) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    if current_setting('server_version_num')::int >= 160000 then
        execute format('grant %I to %I with inherit true, set false', login, current_user);
    end if;
    perform pg_terminate_backend(a.pid) from pg_stat_activity a where a.usename = login;
    if current_setting('server_version_num')::int >= 160000 then
        execute format('revoke %I from %I', login, current_user);
    end if;
exception when insufficient_privilege then
    raise warning 'could not end the sessions of %', login;
end $$;

create function reporting.create_login(login text, verifier text, distributor bigint) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    perform reporting.check_login(login, false);
    perform reporting.check_verifier(verifier);
    if not reporting.prepare() then
        raise exception 'the reporting group ${reporting_group} does not exist and % may not create it', current_user
            using errcode = '42501';
    end if;
    execute format('create role %I login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit'
                   || ' connection limit 20 password %L', login, verifier);
    if current_setting('server_version_num')::int >= 160000 then
        execute format('grant ${reporting_group} to %I with inherit true, set false', login);
    else
        execute format('grant ${reporting_group} to %I', login);
    end if;
    execute format('grant connect on database %I to %I', current_database(), login);
    insert into reporting.role_scopes (role, all_distributors, distributor_id)
    values (login, distributor is null, distributor);
end $$;

create function reporting.change_password(login text, verifier text) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    perform reporting.check_login(login, true);
    perform reporting.check_verifier(verifier);
    execute format('alter role %I password %L', login, verifier);
    perform reporting.end_sessions(login);
end $$;

create function reporting.drop_login(login text) returns void
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
begin
    perform reporting.check_login(login, true);
    delete from reporting.role_scopes s where s.role = login;
    execute format('alter role %I nologin', login);
    execute format('revoke ${reporting_group} from %I', login);
    execute format('revoke connect on database %I from %I', current_database(), login);
    perform reporting.end_sessions(login);
    execute format('drop role %I', login);
end $$;

revoke all on function reporting.prepare(), reporting.check_login(text, boolean), reporting.check_verifier(text),
    reporting.end_sessions(text), reporting.create_login(text, text, bigint), reporting.change_password(text, text),
    reporting.drop_login(text) from public;
grant execute on function reporting.create_login(text, text, bigint), reporting.change_password(text, text),
    reporting.drop_login(text) to ${app_role};

select reporting.prepare();
