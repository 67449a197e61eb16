-- Goods shipped to a distributor reach its stock some days later: the channel inventory counts a
-- sell-in document in the month its date plus this many days falls in.
alter table distributors add column transit_days integer not null default 0;
alter table distributors add constraint distributors_transit_ck check (transit_days between 0 and 90);
create or replace view distributor_directory with (security_invoker = true) as
    select id, code, name, active, transit_days from distributors;
revoke insert, update, delete, truncate on distributor_directory from ${app_role};
