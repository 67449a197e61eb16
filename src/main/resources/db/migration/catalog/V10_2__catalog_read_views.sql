-- What other modules may read of the catalog and the sell-in inside their own queries (the channel
-- inventory compares sell-in with sell-out and stock, values gaps at list price): catalog's read
-- API in SQL, declared with @ReadViews on its package; security_invoker applies the policies.
create view catalog_products with (security_invoker = true) as
    select id, sku, name, group_id, unit, list_price, active from products;
revoke insert, update, delete, truncate on catalog_products from ${app_role};

create view catalog_groups with (security_invoker = true) as
    select id, parent_id, name, path from product_groups;
revoke insert, update, delete, truncate on catalog_groups from ${app_role};

create view sell_in_shipments with (security_invoker = true) as
    select s.distributor_id, s.document_no, s.document_date, s.line_no, p.sku, s.quantity, s.amount
      from sell_in_lines s join products p on p.id = s.product_id;
revoke insert, update, delete, truncate on sell_in_shipments from ${app_role};
