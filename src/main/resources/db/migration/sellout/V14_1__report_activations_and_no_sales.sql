-- Reporting calendar (issue 20), sell-out's side.
--
-- «Продаж не было»: a distributor declares a month without sales — an accepted report of no
-- lines, marked as such (format 'NO_SALES' too, so that lists and pages can say so).
alter table sellout_reports add column no_sales boolean not null default false;

-- When each report counted: one row per time a report became its month's (or as-of date's)
-- active report, ended when it stopped (superseded, withdrawn). The calendar reads from it when
-- a month first had an accepted report since it last had none, also across restores and
-- withdrawals. Kept by a trigger, so that no path (settling, merging, restoring, withdrawing,
-- declaring no sales) can forget it; now() is the transaction's time, so a report replaced and
-- its successor promoted in one transaction meet without a gap.
create table sellout_report_activations (
    report_id      bigint      not null references sellout_reports (id),
    distributor_id bigint      not null,
    kind           varchar(8)  not null,
    period         date        not null,
    started_at     timestamptz not null,
    ended_at       timestamptz
);
create index sellout_report_activations_month_ix on sellout_report_activations (distributor_id, period);
create index sellout_report_activations_open_ix on sellout_report_activations (report_id) where ended_at is null;
alter table sellout_report_activations enable row level security;
alter table sellout_report_activations force row level security;
create policy sellout_report_activations_scope on sellout_report_activations for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

create function sellout_report_activations_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
       and new.status not in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') then
        update sellout_report_activations set ended_at = now() where report_id = new.id and ended_at is null;
    end if;
    if new.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and new.period is not null
       and (tg_op = 'INSERT' or old.status not in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')) then
        insert into sellout_report_activations (report_id, distributor_id, kind, period, started_at)
        values (new.id, new.distributor_id, new.kind, new.period, now());
    end if;
    return null;
end $$;

create trigger sellout_report_activations_keep after insert or update of status on sellout_reports
    for each row execute function sellout_report_activations_keep();

-- What the reports received before tell: an active report counts since it was processed; a
-- superseded one until its successor was processed, a withdrawn one until it last changed. A
-- superseded report processed after its successor never counted and has no row.
insert into sellout_report_activations (report_id, distributor_id, kind, period, started_at, ended_at)
select r.id, r.distributor_id, r.kind, r.period, coalesce(r.processed_at, r.received_at),
       case when r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') then null
            when r.status = 'SUPERSEDED' then coalesce(
                (select coalesce(s.processed_at, s.received_at) from sellout_reports s where s.id = r.superseded_by),
                r.changed_at, r.processed_at)
            else coalesce(r.changed_at, r.processed_at) end
  from sellout_reports r
 where r.period is not null and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS', 'SUPERSEDED', 'WITHDRAWN');
delete from sellout_report_activations where ended_at is not null and ended_at <= started_at;

-- The activations, as other modules may read them (the calendar), under the readers' policies.
create view sellout_report_activity with (security_invoker = true) as
    select report_id, distributor_id, kind, period, started_at, ended_at from sellout_report_activations;
revoke insert, update, delete, truncate on sellout_report_activity from ${app_role};

-- Where each report stands, with what the calendar needs beside it: its kind, its as-of date,
-- the month it was sent for before it was read, when it came and was processed, whether it is a
-- declaration «продаж не было», what it held, and which report it joined (an incremental delivery).
create or replace view sellout_report_states with (security_invoker = true) as
    select id, distributor_id, period, status, kind, revision, as_of, requested_period, received_at, processed_at, no_sales,
           lines, accepted_lines, superseded_by
      from sellout_reports;
revoke insert, update, delete, truncate on sellout_report_states from ${app_role};
