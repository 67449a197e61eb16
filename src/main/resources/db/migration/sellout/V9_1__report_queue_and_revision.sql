-- The durable report queue and the report's revision (issue 15).
--
-- revision: every change of a report or of its lines makes it one higher, so that a listener of
-- the report's events, delivered at least once, knows an event it has handled (report, revision)
-- from a new one. A trigger keeps it, so that no update can forget it; an update that sets it
-- itself (revision = revision + 1, for a change of lines only) is kept as it is.
alter table sellout_reports add column revision bigint not null default 0;

create function sellout_reports_revision() returns trigger language plpgsql as $$
begin
    if new.revision = old.revision then
        new.revision := old.revision + 1;
    end if;
    return new;
end $$;

create trigger sellout_reports_revision before update on sellout_reports for each row
    execute function sellout_reports_revision();

-- claimed_at: when a worker (of any node) last began processing the report. A report waiting
-- (RECEIVED) or left PROCESSING whose row nobody holds is taken up by any node once its claim (or
-- its receipt) is older than half the retry interval: a node that died leaves it so.
alter table sellout_reports add column claimed_at timestamptz;

create index sellout_reports_waiting_ix on sellout_reports (id) where status in ('RECEIVED', 'PROCESSING');
