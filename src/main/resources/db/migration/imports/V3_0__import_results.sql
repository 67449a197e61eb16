-- Import results serve every module now (catalog, sell-in, client registrations). A distributor's
-- own imports are visible to it; the manufacturer's (no distributor) only to the manufacturer.
alter table catalog_imports rename to import_results;
alter table import_results add column distributor_id bigint references distributors (id);
drop policy catalog_imports_manufacturer on import_results;
create policy import_results_scope on import_results for all using (portal_may_see(distributor_id))
    with check (portal_may_see(distributor_id));
