-- What other modules may read of the distributors register inside their own queries (a name beside
-- a delivery, whether a user's distributor is still active): distributors' read API in SQL,
-- declared with @ReadViews on its package. security_invoker makes PostgreSQL apply the policies of
-- distributors to the reader, so a distributor's user sees its own row only, as from the table.
create view distributor_directory with (security_invoker = true) as
    select id, code, name, active from distributors;
-- Read-only: the default privileges granted the runtime role writes too (a simple view is updatable).
revoke insert, update, delete, truncate on distributor_directory from ${app_role};
