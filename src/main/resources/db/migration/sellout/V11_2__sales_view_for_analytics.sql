-- What analytics needs of the accepted lines (issue 17): the client's name as written, the price
-- and the floor of a line sold below it; and the revision each report stands at, so that a
-- listener of the report events knows whether its figures are those of the report's newest state.
-- New columns go last: `create or replace view` may only add columns at the end.
create or replace view sellout_sales with (security_invoker = true) as
    select r.distributor_id, r.id as report_id, r.period, l.line_no, l.sale_date, l.sku, l.quantity, l.unit,
           l.amount_net, l.currency, l.client_inn, l.region_code, l.client_segment,
           l.client_name, l.price_net, l.floor_price, l.below_floor_pct
      from sellout_reports r join sellout_lines l on l.report_id = r.id
     where r.kind = 'SELLOUT' and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and l.accepted;
revoke insert, update, delete, truncate on sellout_sales from ${app_role};

create or replace view sellout_report_states with (security_invoker = true) as
    select id, distributor_id, period, status, kind, revision from sellout_reports;
revoke insert, update, delete, truncate on sellout_report_states from ${app_role};
