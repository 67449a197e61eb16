-- The sell-out data view pages through millions of lines newest first, report by report (a few
-- dozen active reports, each read from its newest line), and filters by product and region; the
-- totals of a selection without line filters come from the reports themselves.
drop index sellout_lines_distributor_ix;
create index sellout_lines_report_date_ix on sellout_lines (report_id, sale_date, line_no);
create index sellout_lines_sku_ix on sellout_lines (sku, report_id);
create index sellout_lines_region_ix on sellout_lines (region_code, report_id);
-- lines under the price floor, a small share of all, found without reading the others
create index sellout_lines_deviation_ix on sellout_lines (report_id, sale_date, line_no) where below_floor_pct is not null;
