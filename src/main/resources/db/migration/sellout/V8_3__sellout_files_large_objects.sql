-- Originals become large objects: written and read as streams (a 200 MB file is never one bytea
-- value in memory), still in the database, so in the transaction of their report and on every node.
-- A large object has no row-level security of its own: it is reached only by the oid in its
-- sellout_files row, which has. New objects belong to the runtime role, which writes them; those
-- moved here belong to the migrating role and are granted to the runtime role, so that it reads
-- them without lo_compat_privileges (which stays off).
alter table sellout_files add column content_oid oid;

do $$
declare
    file record;
    new_oid oid;
begin
    -- the rows of every distributor (sellout_files forces row-level security on its owner too)
    perform set_config('portal.all_distributors', 'on', true);
    for file in select report_id from sellout_files where content is not null loop
        select lo_from_bytea(0, content) into new_oid from sellout_files where report_id = file.report_id;
        execute format('grant select, update on large object %s to ${app_role}', new_oid);
        update sellout_files set content_oid = new_oid where report_id = file.report_id;
    end loop;
end $$;

alter table sellout_files drop column content;
alter table sellout_files alter column content_oid set not null;
