-- The sell-out loader: a narrow role the pipeline switches to for one statement, the COPY of
-- checked lines into sellout_lines. PostgreSQL refuses COPY FROM into a table under row-level
-- security, so this role bypasses it — and may insert into that one table and nothing else, not
-- even read it. The embedded database creates the role; on an external database a DBA may create
-- it by the README's recipe. Without it the pipeline stages lines in a temporary table and inserts
-- them under the policies: slower, as safe.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${app_role}_loader') then
        execute 'grant insert on sellout_lines to ${app_role}_loader';
    end if;
end $$;
