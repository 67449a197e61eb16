-- What the BI feed (issue 19) and the reporting schema read of the channel inventory, declared
-- with @ReadViews on inventory: each distributor × product × month as the inventory page shows it —
-- flows, calculated and reported closing, the SISO gap, weeks of supply and its band, stale stock.
create view channel_inventory_months with (security_invoker = true) as
    select distributor_id, sku, period, opening, opening_source, sell_in, sell_out, calculated_closing,
           reported_closing, gap, gap_value, gap_percent, weekly_sell_out, weeks_of_supply, band, last_sale,
           stale_days, stale, computed_at
      from channel_inventory;
revoke insert, update, delete, truncate on channel_inventory_months from ${app_role};
