create table audit_events (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(64),
    actor_address  varchar(64),
    action         varchar(64)  not null,
    target_type    varchar(64),
    target_id      varchar(64),
    details        varchar(2000),
    distributor_id bigint
);
create index audit_events_time_ix on audit_events (occurred_at desc);

-- Anyone's actions are recorded (even a failed anonymous login); reading follows the scope.
-- The log is append-only for the application.
alter table audit_events enable row level security;
alter table audit_events force row level security;
create policy audit_read on audit_events for select using (portal_may_see(distributor_id));
create policy audit_append on audit_events for insert with check (true);
revoke update, delete on audit_events from ${app_role};
