-- Where each sell-out report stands, for modules that show reports beside their own rows (the
-- deliveries log shows each delivered file's report): sell-out's read API in SQL, declared with
-- @ReadViews on its package. security_invoker makes PostgreSQL apply the policies of
-- sellout_reports to the reader, so a distributor sees its own reports only.
create view sellout_report_states with (security_invoker = true) as
    select id, distributor_id, period, status from sellout_reports;
-- Read-only: the default privileges granted the runtime role writes too (a simple view is updatable).
revoke insert, update, delete, truncate on sellout_report_states from ${app_role};
