-- The manufacturer's user who answers for a distributor (an administrator or analyst): the
-- reporting calendar escalates to them. A user id of identity's; no foreign key across modules,
-- a deleted user is simply nobody.
alter table distributors add column responsible_user_id bigint;
