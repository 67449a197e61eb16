-- What the BI feed's SellOutMonthly (issue 19) and the reporting schema read of analytics,
-- declared with @ReadViews: the accepted sell-out of the active reports per distributor × month ×
-- product × region × segment, summed over the reports and units (BI tools do not push a group-by
-- to the server, so the aggregate is published), and the same per client ИНН for a manager
-- restricted to some clients. amount_net is in RUB; lines in another currency are counted in
-- other_currency_lines (and in lines), as on the dashboards. security_invoker applies the rollups'
-- policies to the reader.
create view sales_monthly with (security_invoker = true) as
    select distributor_id, period, sku, region_code, client_segment, sum(lines)::bigint as lines,
           sum(quantity) as quantity, sum(amount_net) as amount_net,
           sum(other_currency_lines)::bigint as other_currency_lines
      from sales_by_product_place
     group by distributor_id, period, sku, region_code, client_segment;
revoke insert, update, delete, truncate on sales_monthly from ${app_role};

create view sales_monthly_by_client with (security_invoker = true) as
    select distributor_id, period, sku, region_code, client_segment, client_inn, sum(lines)::bigint as lines,
           sum(quantity) as quantity, sum(amount_net) as amount_net,
           sum(other_currency_lines)::bigint as other_currency_lines
      from sales_by_client_product
     group by distributor_id, period, sku, region_code, client_segment, client_inn;
revoke insert, update, delete, truncate on sales_monthly_by_client from ${app_role};
