-- Issue 24, B2B: tasks of a user and interactions (calls, meetings, visits, e-mails) with
-- clients and distributors. A task belongs to one organisation: a distributor (distributor_id)
-- or the manufacturer (distributor_id null: seen in the all-distributors scope only, like any
-- row without an owner). Who, what and which object are kept as written then (names of
-- identity's users and labels of other modules' objects; their ids without foreign keys across
-- modules but for the distributor and the user, as conversations do).

create table interactions (
    id              bigint generated always as identity primary key,
    distributor_id  bigint        not null references distributors (id),
    -- the manufacturer's own notes about the distributor: the all-distributors scope only
    internal        boolean       not null,
    client_id       bigint,
    client_label    varchar(500),
    kind            varchar(8)    not null,
    state           varchar(8)    not null,
    happens_on      date          not null,
    happens_at      time,
    participants    varchar(1000),
    subject         varchar(200)  not null,
    result          text,
    next_step       varchar(1000),
    created_by      bigint        not null references users (id),
    created_by_name varchar(200)  not null,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint interactions_kind_ck check (kind in ('CALL', 'MEETING', 'VISIT', 'EMAIL')),
    constraint interactions_state_ck check (state in ('PLANNED', 'DONE'))
);
create index interactions_list_ix on interactions (distributor_id, happens_on desc, id desc);
create index interactions_day_ix on interactions (happens_on) where state = 'PLANNED';

create table tasks (
    id              bigint generated always as identity primary key,
    distributor_id  bigint        references distributors (id),
    title           varchar(200)  not null,
    description     text,
    due_date        date,
    link_type       varchar(8),
    link_id         bigint,
    link_label      varchar(500),
    assignee_id     bigint        not null references users (id),
    assignee_name   varchar(200)  not null,
    state           varchar(12)   not null default 'OPEN',
    -- the interaction whose next step the task is
    interaction_id  bigint        references interactions (id) on delete set null,
    created_by      bigint        not null references users (id),
    created_by_name varchar(200)  not null,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    -- the due day's reminder: claimed once (with its outbox mail in the same transaction)
    reminded_at     timestamptz,
    reminder_mail_id bigint,
    constraint tasks_state_ck check (state in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    constraint tasks_link_ck check (link_type in ('CLIENT', 'REPORT', 'THREAD', 'PROJECT')
        and link_id is not null or link_type is null and link_id is null)
);
create index tasks_org_ix on tasks (distributor_id, state, due_date);
create index tasks_assignee_ix on tasks (assignee_id, state, due_date);
create index tasks_remind_ix on tasks (due_date) where reminded_at is null and state in ('OPEN', 'IN_PROGRESS');

alter table tasks enable row level security;
alter table tasks force row level security;
create policy tasks_scope on tasks for all
    using ((select portal_may_see(distributor_id))) with check ((select portal_may_see(distributor_id)));

-- The manufacturer's interactions about a distributor are not there for that distributor's
-- scope: not read, not written (as conversations' internal notes).
alter table interactions enable row level security;
alter table interactions force row level security;
create policy interactions_scope on interactions for all
    using ((select portal_may_see(distributor_id)) and (not internal or (select portal_all_distributors())))
    with check ((select portal_may_see(distributor_id)) and (not internal or (select portal_all_distributors())));
