-- The scorecards (issue 20) count how a distributor's lines fared: accepted, the product resolved
-- without a person, a valid ИНН. A fixed exception drops its problems, so whether a person had to
-- resolve its product is kept on the line: set when a re-check resolves a line that was an unknown
-- product (a person mapped it, or taught the portal the distributor's code). A constant default
-- adds the column without rewriting the table.
alter table sellout_lines add column product_by_person boolean not null default false;

-- Per active sell-out report: its lines, those accepted, those whose product the portal resolved
-- alone (never an unknown product, never mapped by a person), those with a valid ИНН (the column
-- holds one only when its checksum passed). Declared with @ReadViews; security_invoker applies the
-- tables' policies to the reader.
create view sellout_line_quality with (security_invoker = true) as
    select r.distributor_id, r.id as report_id, r.period, count(*) as lines,
           count(*) filter (where l.accepted) as accepted_lines,
           count(*) filter (where not l.product_by_person
                              and not coalesce(l.problems @> '[{"code": "unknownProduct"}]', false)) as products_resolved,
           count(*) filter (where l.client_inn is not null) as valid_inn
      from sellout_reports r join sellout_lines l on l.report_id = r.id
     where r.kind = 'SELLOUT' and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
     group by r.distributor_id, r.id, r.period;
revoke insert, update, delete, truncate on sellout_line_quality from ${app_role};
