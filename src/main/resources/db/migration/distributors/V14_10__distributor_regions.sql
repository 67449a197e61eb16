-- A distributor's regions become a list of subjects of the Russian Federation (their FNS codes, as
-- in regions/ru-subjects.csv; the list is the product's, not a table). The old free text stays as
-- regions_note: the Java migration V14_11 moves what it recognises into distributor_regions and
-- leaves there, visibly, only the parts it could not match.
create table distributor_regions (
    distributor_id bigint     not null references distributors (id),
    region_code    varchar(3) not null,
    primary key (distributor_id, region_code)
);
create index distributor_regions_code_ix on distributor_regions (region_code);

alter table distributor_regions enable row level security;
alter table distributor_regions force row level security;
create policy distributor_regions_scope on distributor_regions for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()));

alter table distributors rename column regions to regions_note;
