-- Client visibility fast enough for 100,000 clients (measured: a function-based EXISTS policy took
-- 670 ms to count one distributor's clients). The assignments stay the source of truth; each client
-- also carries the ids of its distributors, kept in step by a trigger and indexed, so a policy
-- reads one column. The scope functions are wrapped in scalar sub-selects: PostgreSQL then computes
-- them once per query (an InitPlan) instead of once per row.
alter table clients add column distributor_ids bigint[] not null default '{}';
update clients c set distributor_ids = coalesce(
    (select array_agg(a.distributor_id order by a.distributor_id) from client_assignments a where a.client_id = c.id), '{}');
create index clients_distributors_ix on clients using gin (distributor_ids);

create function clients_sync_distributor_ids() returns trigger
    language plpgsql
as $$
declare
    changed bigint := coalesce(new.client_id, old.client_id);
begin
    update clients set distributor_ids = coalesce(
        (select array_agg(a.distributor_id order by a.distributor_id) from client_assignments a where a.client_id = changed), '{}')
     where id = changed;
    return null;
end
$$;
create trigger client_assignments_sync after insert or delete on client_assignments
    for each row execute function clients_sync_distributor_ids();

drop policy clients_read on clients;
drop policy clients_write on clients;
create policy clients_read on clients for select
    using ((select portal_all_distributors()) or distributor_ids @> array[(select portal_distributor_id())]);
create policy clients_insert on clients for insert with check ((select portal_all_distributors()));
create policy clients_update on clients for update using ((select portal_all_distributors()))
    with check ((select portal_all_distributors()));
create policy clients_delete on clients for delete using ((select portal_all_distributors()));

drop policy client_assignments_read on client_assignments;
drop policy client_assignments_write on client_assignments;
create policy client_assignments_read on client_assignments for select
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
create policy client_assignments_insert on client_assignments for insert with check ((select portal_all_distributors()));
create policy client_assignments_delete on client_assignments for delete using ((select portal_all_distributors()));

drop policy client_contacts_read on client_contacts;
create policy client_contacts_read on client_contacts for select
    using ((select portal_all_distributors())
           or exists (select 1 from clients c where c.id = client_contacts.client_id
                       and c.distributor_ids @> array[(select portal_distributor_id())]));

drop policy client_history_read on client_history;
create policy client_history_read on client_history for select
    using ((select portal_all_distributors())
           or ((distributor_id is null or distributor_id = (select portal_distributor_id()))
               and exists (select 1 from clients c where c.id = client_history.client_id
                            and c.distributor_ids @> array[(select portal_distributor_id())])));

drop function portal_may_see_client(bigint);

-- Searching: under row-level security PostgreSQL applies only leakproof operators before the
-- policy, so LIKE cannot use an index there. A name is searched in a stored lower-case copy (no
-- lower() per row at query time); an ИНН prefix as a range, which the btree index serves.
alter table clients add column name_search text generated always as (lower(name)) stored;
create index clients_inn_range_ix on clients (inn);

-- Lists are sorted by name (the default) or city and read a page at a time.
drop index clients_name_ix;
create index clients_name_ix on clients (name, id);
create index clients_city_ix on clients (city, id);
