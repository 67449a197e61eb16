-- What the BI feed (issue 19) and the reporting schema read of sell-out, declared with @ReadViews.
--
-- changed_at: when the report last changed what the figures show — accepted, replaced (its
-- successor's acceptance supersedes it), withdrawn, restored, or its lines fixed while active. The
-- «Подключение BI» page shows the newest of those a user's scope sees; a trigger keeps it so that
-- no path can forget it. Updates of a report that is and stays outside the active states
-- (processing, claims, rejections) do not count.
alter table sellout_reports add column changed_at timestamptz;
update sellout_reports set changed_at = coalesce(processed_at, received_at)
 where status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS', 'SUPERSEDED', 'WITHDRAWN');

create function sellout_reports_changed_at() returns trigger language plpgsql as $$
begin
    if new.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
       or (tg_op = 'UPDATE' and old.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')) then
        new.changed_at := now();
    end if;
    return new;
end $$;

create trigger sellout_reports_changed_at before insert or update on sellout_reports for each row
    execute function sellout_reports_changed_at();
create index sellout_reports_changed_ix on sellout_reports (distributor_id, changed_at) where changed_at is not null;

-- The accepted lines of sell-out reports in any status: the feed pages over the reports that were
-- active when a reader's refresh began, so a report superseded or withdrawn meanwhile still
-- serves its lines to the end of that refresh. report_id is the line's own column, so that keyset
-- paging by (report_id, line_no) runs on the lines' primary key.
create view sellout_report_lines with (security_invoker = true) as
    select l.distributor_id, l.report_id, r.period, r.status as report_status, l.line_no, l.sale_date,
           l.document_no, l.client_inn, l.client_kpp, l.client_name, l.client_segment, l.region_code, l.sku,
           l.product_name, l.quantity, l.unit, l.price_net, l.amount_net, l.currency, l.floor_price,
           l.below_floor_pct
      from sellout_lines l join sellout_reports r on r.id = l.report_id
     where r.kind = 'SELLOUT' and l.accepted;
revoke insert, update, delete, truncate on sellout_report_lines from ${app_role};

-- The reports as a list shows them: what came, by which channel, where it stands, what it held.
create view sellout_report_summaries with (security_invoker = true) as
    select id, distributor_id, kind, period, as_of, version, status, source, file_name, received_at,
           processed_at, changed_at, lines, accepted_lines, exceptions, deviations, accepted_quantity,
           accepted_amount_net, superseded_by, replaced_id
      from sellout_reports;
revoke insert, update, delete, truncate on sellout_report_summaries from ${app_role};
