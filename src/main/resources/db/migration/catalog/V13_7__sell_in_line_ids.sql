-- The BI feed (issue 19) pages over the sell-in by a key: the shipment line's own id, added last
-- (`create or replace view` may only add columns at the end).
create or replace view sell_in_shipments with (security_invoker = true) as
    select s.distributor_id, s.document_no, s.document_date, s.line_no, p.sku, s.quantity, s.amount, s.id
      from sell_in_lines s join products p on p.id = s.product_id;
revoke insert, update, delete, truncate on sell_in_shipments from ${app_role};
