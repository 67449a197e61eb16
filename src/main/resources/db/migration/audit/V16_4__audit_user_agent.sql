-- The browser or program (User-Agent) each event came from, like its address: what an
-- administrator needs to tell a colleague's own laptop from a stranger's script.
alter table audit_events add column actor_agent varchar(500);
create index audit_events_failures_ix on audit_events (occurred_at desc)
    where action in ('LOGIN_FAILED', 'LOGIN_THROTTLED', 'REAUTHENTICATION_FAILED', 'SECOND_FACTOR_FAILED');
