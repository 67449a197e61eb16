-- The data scope every transaction sets (see ScopedTransactionManager). Unset or empty settings
-- mean "no distributor": row-level security then shows no distributor-owned row at all.
create function portal_all_distributors() returns boolean
    language sql stable
as $$ select coalesce(current_setting('portal.all_distributors', true), '') = 'on' $$;

create function portal_distributor_id() returns bigint
    language sql stable
as $$ select nullif(current_setting('portal.distributor_id', true), '')::bigint $$;

-- May the current scope see (or write) a row owned by this distributor? A null owner is the
-- manufacturer's own row: visible in the all-distributors scope only.
create function portal_may_see(owner_distributor_id bigint) returns boolean
    language sql stable
as $$ select portal_all_distributors()
          or (owner_distributor_id is not null and owner_distributor_id = portal_distributor_id()) $$;

-- The application's runtime role owns nothing and gets plain DML on what the migrations create.
grant usage on schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};
