-- Versions people can trust: an active report can be withdrawn (the period then has none), and a
-- report keeps which active report it replaced when it was accepted.
alter table sellout_reports drop constraint sellout_reports_status_ck;
alter table sellout_reports add constraint sellout_reports_status_ck check (status in ('RECEIVED', 'PROCESSING',
    'NEEDS_MAPPING', 'ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS', 'REJECTED', 'SUPERSEDED', 'MERGED', 'WITHDRAWN'));

alter table sellout_reports add column replaced_id bigint references sellout_reports (id);

-- How often the portal set out to process the report, and whether its rejection was our failure
-- (internal error, out of memory, database) rather than a verdict on the file: only such a
-- rejection is tried again when the same bytes come again, up to three attempts in all.
alter table sellout_reports add column attempts integer not null default 0;
alter table sellout_reports add column rejection_ours boolean not null default false;

update sellout_reports set attempts = 1 where status not in ('RECEIVED', 'PROCESSING');
update sellout_reports set rejection_ours = true where status = 'REJECTED' and rejection_key = 'sellout.rejected.internal';
-- what each report replaced, as far as the superseded reports tell (an incremental delivery
-- points at the report it joined, which it did not replace)
update sellout_reports r
   set replaced_id = (select max(s.id) from sellout_reports s where s.superseded_by = r.id and s.status = 'SUPERSEDED')
 where r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS', 'SUPERSEDED');
