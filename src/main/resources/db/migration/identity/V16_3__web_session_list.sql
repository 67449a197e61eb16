-- Issue 22: the web sessions a person sees on their profile and ends there (or an administrator
-- ends from the user card). A row is named by an opaque handle (a random UUID, kept in the session
-- as an attribute), never by the session id or the cookie: the handle survives the id changes at
-- login and at the second factor, and showing it gives nothing to hijack. The row points at Spring
-- Session's primary_id (stable across id changes) so that the list shows only the sessions that
-- are still stored and not idle-expired. An ended row refuses its session at the next request on
-- any node (SessionRecordingFilter reads the shared row), so no message between nodes is needed.
--
-- Row-level security as bi_keys: a row is visible exactly where its person is (the users policy
-- applies inside this one) — the manufacturer's all-distributors scope sees every row (the admin's
-- «Завершить все сеансы»), a distributor's scope its own people's. That a person sees only their
-- OWN rows is the owner's API's rule (every query of WebSessions names the user), as for BI keys:
-- the scope GUCs name a distributor, not a person.
create table web_sessions (
    handle             uuid         primary key,
    session_primary_id char(36)     not null,
    user_id            bigint       not null references users (id),
    started_at         timestamptz  not null default now(),
    last_seen_at       timestamptz  not null default now(),
    address            varchar(64),
    user_agent         varchar(512),
    ended_at           timestamptz,
    ended_by           varchar(64),
    end_reason         varchar(16),
    constraint web_sessions_reason_ck check (end_reason in ('SELF', 'ADMIN', 'LIFETIME', 'REPLACED')),
    constraint web_sessions_ended_ck check ((ended_at is null) = (end_reason is null))
);
create index web_sessions_user_ix on web_sessions (user_id, last_seen_at desc);

alter table web_sessions enable row level security;
alter table web_sessions force row level security;
create policy web_sessions_scope on web_sessions for all
    using (exists (select 1 from users u where u.id = web_sessions.user_id))
    with check (exists (select 1 from users u where u.id = web_sessions.user_id));
