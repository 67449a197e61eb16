-- What the forecasts read of the channel inventory, declared with @ReadViews on inventory: each
-- distributor × product × month's opening, flows and closing (the reported closing where a stock
-- report gave one, else the calculated). security_invoker applies the table's policy to the reader.
create view channel_stock with (security_invoker = true) as
    select distributor_id, sku, period, opening, sell_in, sell_out, calculated_closing, reported_closing,
           coalesce(reported_closing, calculated_closing) as closing
      from channel_inventory;
revoke insert, update, delete, truncate on channel_stock from ${app_role};
