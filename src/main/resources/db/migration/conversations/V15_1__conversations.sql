-- Conversations (issue 21): threads between the manufacturer and exactly one distributor, about a
-- report, a line, a client, a period, a product's stock or nothing in particular.
create table conversation_threads (
    id                bigint generated always as identity primary key,
    distributor_id    bigint       not null references distributors (id),
    subject           varchar(200) not null,
    about_type        varchar(8)   not null,
    report_id         bigint,
    line_no           integer,
    client_id         bigint,
    -- the client a CLIENT or LINE thread is about: a manager restricted to clients sees it by this
    client_inn        varchar(12),
    period            date,
    sku               varchar(64),
    state             varchar(10)  not null default 'OPEN',
    opened_by_manufacturer boolean not null,
    -- «Вернуть дистрибьютору»: the thread asks for a correction of its report
    correction        boolean      not null default false,
    created_by        bigint       not null references users (id),
    created_at        timestamptz  not null default now(),
    last_message_at   timestamptz  not null default now(),
    constraint conversation_threads_about_ck
        check (about_type in ('REPORT', 'LINE', 'CLIENT', 'PERIOD', 'STOCK', 'GENERAL')),
    constraint conversation_threads_state_ck check (state in ('OPEN', 'ANSWERED', 'RESOLVED'))
);
create index conversation_threads_recent_ix on conversation_threads (distributor_id, last_message_at desc);
create index conversation_threads_report_ix on conversation_threads (report_id) where report_id is not null;
create index conversation_threads_client_ix on conversation_threads (client_id) where client_id is not null;

create table conversation_messages (
    id             bigint generated always as identity primary key,
    thread_id      bigint      not null references conversation_threads (id) on delete cascade,
    distributor_id bigint      not null references distributors (id),
    author_id      bigint      not null references users (id),
    -- kept as written: the manufacturer's people are not in a distributor's scope (the users' policy)
    author_name    varchar(200) not null,
    author_side    varchar(12) not null,
    text           text        not null,
    -- an internal note: the manufacturer's people only, enforced by the policy below
    internal       boolean     not null default false,
    via            varchar(8)  not null default 'PORTAL',
    -- the Message-ID (or digest) of a reply by e-mail: read twice, taken once
    mail_key       varchar(500) unique,
    created_at     timestamptz not null default now(),
    constraint conversation_messages_side_ck check (author_side in ('MANUFACTURER', 'DISTRIBUTOR')),
    constraint conversation_messages_via_ck check (via in ('PORTAL', 'API', 'EMAIL')),
    constraint conversation_messages_internal_ck check (not internal or author_side = 'MANUFACTURER')
);
create index conversation_messages_thread_ix on conversation_messages (thread_id, id);

create table conversation_attachments (
    id             bigint generated always as identity primary key,
    message_id     bigint       not null references conversation_messages (id) on delete cascade,
    thread_id      bigint       not null references conversation_threads (id) on delete cascade,
    distributor_id bigint       not null references distributors (id),
    internal       boolean      not null,
    file_name      varchar(255) not null,
    size_bytes     bigint       not null,
    content        bytea        not null
);
create index conversation_attachments_message_ix on conversation_attachments (message_id);

-- Who is told of new messages; each follower answers by mail to sellout+t-<reply_token>@….
create table conversation_followers (
    thread_id      bigint      not null references conversation_threads (id) on delete cascade,
    user_id        bigint      not null references users (id),
    distributor_id bigint      not null references distributors (id),
    name           varchar(200) not null,
    side           varchar(12) not null,
    reply_token    varchar(26) not null default portal_intake_token(),
    added_at       timestamptz not null default now(),
    primary key (thread_id, user_id)
);
create unique index conversation_followers_token_uq on conversation_followers (reply_token);
create index conversation_followers_user_ix on conversation_followers (user_id);

-- How far each person has read each thread (for unread counts).
create table conversation_reads (
    thread_id            bigint not null references conversation_threads (id) on delete cascade,
    user_id              bigint not null references users (id),
    distributor_id       bigint not null references distributors (id),
    last_read_message_id bigint not null,
    primary key (thread_id, user_id)
);

alter table conversation_threads enable row level security;
alter table conversation_threads force row level security;
create policy conversation_threads_scope on conversation_threads for all
    using ((select portal_may_see(distributor_id))) with check ((select portal_may_see(distributor_id)));

-- An internal note is not there for a distributor's scope: not read, not written.
alter table conversation_messages enable row level security;
alter table conversation_messages force row level security;
create policy conversation_messages_scope on conversation_messages for all
    using ((select portal_may_see(distributor_id)) and (not internal or (select portal_all_distributors())))
    with check ((select portal_may_see(distributor_id)) and (not internal or (select portal_all_distributors())));

alter table conversation_attachments enable row level security;
alter table conversation_attachments force row level security;
create policy conversation_attachments_scope on conversation_attachments for all
    using ((select portal_may_see(distributor_id)) and (not internal or (select portal_all_distributors())))
    with check ((select portal_may_see(distributor_id)) and (not internal or (select portal_all_distributors())));

alter table conversation_followers enable row level security;
alter table conversation_followers force row level security;
create policy conversation_followers_scope on conversation_followers for all
    using ((select portal_may_see(distributor_id))) with check ((select portal_may_see(distributor_id)));

alter table conversation_reads enable row level security;
alter table conversation_reads force row level security;
create policy conversation_reads_scope on conversation_reads for all
    using ((select portal_may_see(distributor_id))) with check ((select portal_may_see(distributor_id)));

-- Which messages' followers were told (the event may come twice; they are told once).
create table conversation_notifications (
    message_id  bigint primary key references conversation_messages (id) on delete cascade,
    notified_at timestamptz not null default now()
);
alter table conversation_notifications enable row level security;
alter table conversation_notifications force row level security;
create policy conversation_notifications_scope on conversation_notifications for all
    using ((select portal_all_distributors())) with check ((select portal_all_distributors()));
