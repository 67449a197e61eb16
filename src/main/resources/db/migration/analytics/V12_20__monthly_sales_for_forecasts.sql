-- What the forecasts read of the sell-out, declared with @ReadViews on analytics: the accepted
-- quantity of the active reports per distributor × month × product (lines without a product left
-- out), the same per client for the clients' shares that named orders replace, and the months each
-- distributor has an active report for (a series ends at its last; a month without one is missing,
-- not zero). security_invoker applies the rollups' policies to the reader.
create view sales_monthly_quantities with (security_invoker = true) as
    select distributor_id, period, sku, sum(quantity) as quantity, sum(lines) as lines
      from sales_by_product where sku is not null
     group by distributor_id, period, sku;
revoke insert, update, delete, truncate on sales_monthly_quantities from ${app_role};

create view sales_monthly_client_quantities with (security_invoker = true) as
    select distributor_id, period, sku, client_inn, sum(quantity) as quantity
      from sales_by_client_product where sku is not null and client_inn is not null
     group by distributor_id, period, sku, client_inn;
revoke insert, update, delete, truncate on sales_monthly_client_quantities from ${app_role};

create view sales_reported_months with (security_invoker = true) as
    select distributor_id, period, count(*) as reports
      from analytics_reports where active and period is not null
     group by distributor_id, period;
revoke insert, update, delete, truncate on sales_reported_months from ${app_role};
